package dev.hallplan.engine.kpi;

import dev.hallplan.engine.energy.HallSimulation.HallYear;
import dev.hallplan.engine.energy.SimulationResult;
import dev.hallplan.engine.energy.YearCalendar;
import dev.hallplan.engine.supply.HourlyProfile;
import java.util.ArrayList;
import java.util.List;

/** Sums the halls' hourly simulation results into twelve months (energy in J, peaks in W). */
final class MonthlyEnergyTable {
    private MonthlyEnergyTable() {
    }

    static List<MonthlyEnergy> of(List<HallYear> halls) {
        double[][] sums = new double[12][6];
        double[] peakGrid = new double[12];
        double[] carbonKg = new double[12];
        double[] costUsd = new double[12];
        for (HallYear year : halls) {
            SimulationResult r = year.result();
            double[] grid = r.gridImportWatts().toYear();
            double[][] series = {r.itLoadWatts().toYear(), r.facilityLoadWatts().toYear(),
                    r.renewablesUsedWatts().toYear(), r.batteryDischargeWatts().toYear(), grid,
                    r.curtailedWatts().toYear()};
            double gridJoules = Math.max(r.gridEnergyJoules(), 1e-9);
            double[] hallGridByMonth = new double[12];
            double[] hallPeak = new double[12];
            double[] hallFacilityByMonth = new double[12];
            double[] facility = series[1];
            double facilityJoules = Math.max(r.facilityEnergyJoules(), 1e-9);
            for (int h = 0; h < HourlyProfile.HOURS_PER_YEAR; h++) {
                int m = YearCalendar.monthOf(h);
                for (int s = 0; s < series.length; s++) {
                    sums[m][s] += series[s][h] * YearCalendar.SECONDS_PER_HOUR;
                }
                hallGridByMonth[m] += grid[h] * YearCalendar.SECONDS_PER_HOUR;
                hallPeak[m] = Math.max(hallPeak[m], grid[h]);
                hallFacilityByMonth[m] += facility[h] * YearCalendar.SECONDS_PER_HOUR;
            }
            for (int m = 0; m < 12; m++) {
                // Carbon follows the month's share of the hall's grid energy and cost its share of
                // facility energy: an allocation of the exact annual totals (hourly intensities and
                // prices vary within a month).
                carbonKg[m] += r.carbonTonnes() * 1000 * hallGridByMonth[m] / gridJoules;
                costUsd[m] += r.cost().totalUsd() * hallFacilityByMonth[m] / facilityJoules;
                peakGrid[m] += hallPeak[m];
            }
        }
        List<MonthlyEnergy> months = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            months.add(new MonthlyEnergy(m + 1, sums[m][0], sums[m][1], sums[m][2], sums[m][3], sums[m][4],
                    sums[m][5], peakGrid[m], carbonKg[m], costUsd[m]));
        }
        return months;
    }
}
