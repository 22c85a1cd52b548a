package dev.hallplan.reports.excel;

import dev.hallplan.engine.kpi.MonthlyEnergy;
import dev.hallplan.reports.charts.ChartTheme;
import dev.hallplan.reports.units.ReportUnits;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The Energy sheet: one row per month in MWh, MW, t and $, average power and renewable share as
 * formulas of the row, a year row of SUM/MAX formulas, and two native charts: energy by supply
 * (stacked area) and power by month.
 */
final class EnergySheet {
    private static final List<Column> COLUMNS = List.of(
            new Column("Month", 8), new Column("Hours", 8), new Column("IT energy (MWh)", 12),
            new Column("Facility energy (MWh)", 12), new Column("Renewable used (MWh)", 12),
            new Column("Battery discharge (MWh)", 12), new Column("Grid import (MWh)", 12),
            new Column("Curtailed (MWh)", 12), new Column("Average facility power (MW)", 12),
            new Column("Peak grid power (MW)", 12), new Column("Emissions (tCO2e)", 12),
            new Column("Energy cost ($)", 14), new Column("Renewable share (%)", 11));
    static final int FACILITY = 3;
    static final int ENERGY_COST = 11;

    private EnergySheet() {
    }

    /** Writes the months and returns the 0-based row of the year total (−1 without months). */
    static int write(XSSFSheet sheet, List<MonthlyEnergy> months, ExcelStyles styles) {
        Cells.header(sheet, 0, COLUMNS, styles);
        var mwh = styles.number(ExcelStyles.INTEGER);
        var mw = styles.number(ExcelStyles.DECIMAL_2);
        int r = 1;
        for (MonthlyEnergy m : months) {
            Row row = sheet.createRow(r);
            String n = String.valueOf(r + 1);
            Cells.text(row, 0, ReportUnits.monthName(m.month()), styles.text());
            Cells.number(row, 1, ReportUnits.hoursInMonth(m.month()), styles.number(ExcelStyles.INTEGER));
            Cells.number(row, 2, ReportUnits.megawattHours(m.itEnergyJoules()), mwh);
            Cells.number(row, 3, ReportUnits.megawattHours(m.facilityEnergyJoules()), mwh);
            Cells.number(row, 4, ReportUnits.megawattHours(m.renewableUsedJoules()), mwh);
            Cells.number(row, 5, ReportUnits.megawattHours(m.batteryDischargeJoules()), mwh);
            Cells.number(row, 6, ReportUnits.megawattHours(m.gridImportJoules()), mwh);
            Cells.number(row, 7, ReportUnits.megawattHours(m.curtailedJoules()), mwh);
            Cells.formula(row, 8, "IF(B" + n + ">0,D" + n + "/B" + n + ",0)", mw);
            Cells.number(row, 9, ReportUnits.megawatts(m.peakGridWatts()), mw);
            Cells.number(row, 10, ReportUnits.tonnes(m.co2eKg()), styles.number(ExcelStyles.DECIMAL_1));
            Cells.number(row, 11, m.energyCostUsd(), styles.number(ExcelStyles.USD));
            Cells.formula(row, 12, "IF(D" + n + ">0,E" + n + "/D" + n + ",0)", styles.number(ExcelStyles.PERCENT));
            r++;
        }
        if (months.isEmpty()) {
            return -1;
        }
        int last = r - 1;
        String end = String.valueOf(last + 1);
        Cells.filter(sheet, 0, last, COLUMNS.size());
        int totalRow = r + 1;
        String t = String.valueOf(totalRow + 1);
        Row total = sheet.createRow(totalRow);
        Cells.text(total, 0, "Year", styles.bold());
        for (int c = 1; c <= 7; c++) {
            Cells.formula(total, c, "SUM(" + Cells.col(c) + "2:" + Cells.col(c) + end + ")", styles.total(ExcelStyles.INTEGER));
        }
        Cells.formula(total, 8, "IF(B" + t + ">0,D" + t + "/B" + t + ",0)", styles.total(ExcelStyles.DECIMAL_2));
        Cells.formula(total, 9, "MAX(J2:J" + end + ")", styles.total(ExcelStyles.DECIMAL_2));
        Cells.formula(total, 10, "SUM(K2:K" + end + ")", styles.total(ExcelStyles.DECIMAL_1));
        Cells.formula(total, 11, "SUM(L2:L" + end + ")", styles.total(ExcelStyles.USD));
        Cells.formula(total, 12, "IF(D" + t + ">0,E" + t + "/D" + t + ",0)", styles.total(ExcelStyles.PERCENT));

        int chartTop = totalRow + 2;
        ExcelCharts.chart(sheet, new ExcelCharts.Placement(0, chartTop, 7, chartTop + 20),
                "Energy by month and supply", "MWh", ExcelCharts.Kind.STACKED_AREA, 0, 0, 1, last,
                List.of(new ExcelCharts.Series(4, ChartTheme.RENEWABLE), new ExcelCharts.Series(5, ChartTheme.BATTERY),
                        new ExcelCharts.Series(6, ChartTheme.GRID_IMPORT)));
        ExcelCharts.chart(sheet, new ExcelCharts.Placement(7, chartTop, 13, chartTop + 20),
                "Power by month", "MW", ExcelCharts.Kind.LINE, 0, 0, 1, last,
                List.of(new ExcelCharts.Series(8, ChartTheme.CAPACITY), new ExcelCharts.Series(9, ChartTheme.SHARE_LINE)));
        return totalRow;
    }
}
