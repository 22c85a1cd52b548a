package dev.hallplan.reports.charts;

import dev.hallplan.engine.energy.SimulationResult;
import dev.hallplan.engine.energy.YearCalendar;
import dev.hallplan.engine.supply.HourlyProfile;
import dev.hallplan.reports.units.ReportUnits;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The typical day of one month: each hour of the day averaged over the month's days, in MW. The
 * supply rows stack to the facility load (renewables used, battery discharge, grid import, firm
 * on-site supply, unserved); generation and load are lines over them.
 */
public final class TypicalDayDataset {
    public static final String RENEWABLE = EnergyByMonthDataset.RENEWABLE;
    public static final String BATTERY = EnergyByMonthDataset.BATTERY;
    public static final String GRID = EnergyByMonthDataset.GRID;
    public static final String FIRM = "Firm on-site supply";
    public static final String UNSERVED = "Unserved";
    public static final String LOAD = "Facility load";
    public static final String GENERATION = "Renewable generation";

    private TypicalDayDataset() {
    }

    /** Rows {@link #RENEWABLE}, {@link #BATTERY}, {@link #GRID}, {@link #FIRM}, {@link #UNSERVED}; columns "00".."23"; MW. */
    public static DefaultCategoryDataset supplyMegawatts(SimulationResult year, int month) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        add(data, RENEWABLE, year.renewablesUsedWatts(), month);
        add(data, BATTERY, year.batteryDischargeWatts(), month);
        add(data, GRID, year.gridImportWatts(), month);
        add(data, FIRM, year.firmSupplyWatts(), month);
        add(data, UNSERVED, year.unservedWatts(), month);
        return data;
    }

    /** Rows {@link #LOAD} and {@link #GENERATION}; columns "00".."23"; MW. */
    public static DefaultCategoryDataset loadAndGenerationMegawatts(SimulationResult year, int month) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        add(data, LOAD, year.facilityLoadWatts(), month);
        add(data, GENERATION, year.renewableGenerationWatts(), month);
        return data;
    }

    /** The mean of each hour of the day over the days of {@code month} (1 = January), W. */
    public static double[] meanDayWatts(HourlyProfile watts, int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1..12, was " + month);
        }
        double[] sum = new double[24];
        int[] count = new int[24];
        for (int h = 0; h < YearCalendar.HOURS_PER_YEAR; h++) {
            if (YearCalendar.monthOf(h) == month - 1) {
                int hour = YearCalendar.hourOfDay(h);
                sum[hour] += watts.at(h);
                count[hour]++;
            }
        }
        for (int i = 0; i < 24; i++) {
            sum[i] = count[i] > 0 ? sum[i] / count[i] : 0;
        }
        return sum;
    }

    private static void add(DefaultCategoryDataset data, String row, HourlyProfile watts, int month) {
        double[] day = meanDayWatts(watts, month);
        for (int hour = 0; hour < 24; hour++) {
            data.addValue(ReportUnits.megawatts(day[hour]), row, String.format("%02d", hour));
        }
    }
}
