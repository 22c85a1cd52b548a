package dev.hallplan.reports.charts;

import dev.hallplan.engine.kpi.MonthlyEnergy;
import dev.hallplan.reports.units.ReportUnits;
import java.util.List;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Facility energy by month split by supply (renewable used, battery discharge, grid import) in
 * MWh, and the monthly renewable share in percent (renewable used / facility energy).
 */
public final class EnergyByMonthDataset {
    public static final String RENEWABLE = "Renewable";
    public static final String BATTERY = "Battery";
    public static final String GRID = "Grid import";
    public static final String SHARE = "Renewable share";

    private EnergyByMonthDataset() {
    }

    /** Rows {@link #RENEWABLE}, {@link #BATTERY}, {@link #GRID}; columns "Jan".."Dec"; values in MWh. */
    public static DefaultCategoryDataset supplyMegawattHours(List<MonthlyEnergy> months) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (MonthlyEnergy m : months) {
            String month = ReportUnits.monthName(m.month());
            data.addValue(ReportUnits.megawattHours(m.renewableUsedJoules()), RENEWABLE, month);
            data.addValue(ReportUnits.megawattHours(m.batteryDischargeJoules()), BATTERY, month);
            data.addValue(ReportUnits.megawattHours(m.gridImportJoules()), GRID, month);
        }
        return data;
    }

    /** Row {@link #SHARE}; columns "Jan".."Dec"; 100 × renewable used / facility energy (0 without energy). */
    public static DefaultCategoryDataset renewableSharePercent(List<MonthlyEnergy> months) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (MonthlyEnergy m : months) {
            double facility = m.facilityEnergyJoules();
            data.addValue(facility > 0 ? 100 * m.renewableUsedJoules() / facility : 0, SHARE,
                    ReportUnits.monthName(m.month()));
        }
        return data;
    }
}
