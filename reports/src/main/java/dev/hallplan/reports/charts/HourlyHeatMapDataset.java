package dev.hallplan.reports.charts;

import dev.hallplan.engine.energy.SimulationResult;
import dev.hallplan.engine.energy.YearCalendar;
import dev.hallplan.reports.units.ReportUnits;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A simulated year as a 365 × 24 grid (x = day of year 0..364, y = hour of day 0..23, z = the
 * hour's value): the picture 24/7 carbon-free energy matching is read from.
 */
public final class HourlyHeatMapDataset {
    /** Series key of the grid import grid. */
    public static final String GRID_IMPORT = "Grid import (MW)";
    /** Series key of the renewable share grid. */
    public static final String RENEWABLE_SHARE = "Renewable share (%)";

    private HourlyHeatMapDataset() {
    }

    /** Grid import of each hour in MW. */
    public static DefaultXYZDataset gridImportMegawatts(SimulationResult year) {
        double[] grid = year.gridImportWatts().toYear();
        double[] z = new double[grid.length];
        for (int h = 0; h < grid.length; h++) {
            z[h] = ReportUnits.megawatts(grid[h]);
        }
        return grid(GRID_IMPORT, z);
    }

    /**
     * Renewable share of each hour in percent: 100 × (renewables used directly + battery discharge)
     * / facility load, the hourly term of the 24/7 CFE share (docs/energy-model.md); 0 in an hour
     * without load.
     */
    public static DefaultXYZDataset renewableSharePercent(SimulationResult year) {
        double[] used = year.renewablesUsedWatts().toYear();
        double[] battery = year.batteryDischargeWatts().toYear();
        double[] load = year.facilityLoadWatts().toYear();
        double[] z = new double[load.length];
        for (int h = 0; h < load.length; h++) {
            z[h] = load[h] > 0 ? 100 * Math.min(1, (used[h] + battery[h]) / load[h]) : 0;
        }
        return grid(RENEWABLE_SHARE, z);
    }

    /** The largest z value of the dataset's only series (0 when all are 0 or below). */
    public static double maxValue(DefaultXYZDataset data) {
        double max = 0;
        for (int i = 0; i < data.getItemCount(0); i++) {
            max = Math.max(max, data.getZValue(0, i));
        }
        return max;
    }

    private static DefaultXYZDataset grid(String key, double[] hourly) {
        int n = YearCalendar.HOURS_PER_YEAR;
        double[][] xyz = new double[3][n];
        for (int h = 0; h < n; h++) {
            xyz[0][h] = YearCalendar.dayOf(h);
            xyz[1][h] = YearCalendar.hourOfDay(h);
            xyz[2][h] = hourly[h];
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(key, xyz);
        return data;
    }
}
