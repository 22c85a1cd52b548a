package dev.hallplan.sweeps.workbook;

import dev.hallplan.reports.compare.MetricUnit;
import dev.hallplan.reports.excel.Cells;
import dev.hallplan.reports.excel.Column;
import dev.hallplan.reports.excel.ExcelStyles;
import dev.hallplan.sweeps.point.PointResult;
import dev.hallplan.sweeps.results.SweepManifest;
import dev.hallplan.sweeps.summary.ScenarioDistribution;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** The study in a few lines, then per scenario the distribution of cost per million output tokens. */
final class SummarySheet {
    static final List<String> PERCENTILE_HEADERS = List.of("Min", "P10", "P25", "P50", "P75", "P90", "Max");

    private SummarySheet() {
    }

    static void write(Sheet sheet, SweepManifest m, List<PointResult> rows, List<ScenarioDistribution> distributions,
                      ExcelStyles styles) {
        Cells.text(sheet.createRow(0), 0, "Sweep: " + m.name(), styles.title());
        int r = 2;
        long failed = rows.stream().filter(PointResult::failed).count();
        long feasible = rows.stream().filter(PointResult::feasible).count();
        r = fact(sheet, r, "Project file", m.projectFile(), styles);
        r = fact(sheet, r, "Project SHA-256", m.projectHash(), styles);
        r = fact(sheet, r, "Spec SHA-256", m.specHash(), styles);
        r = count(sheet, r, "Points", rows.size(), styles);
        r = count(sheet, r, "Feasible, all demand served", feasible, styles);
        r = count(sheet, r, "Failed (reason in the Points sheet)", failed, styles);
        r++;
        Cells.text(sheet.createRow(r++), 0, "Cost per million output tokens by scenario ("
                + MetricUnit.USD_PER_MILLION_TOKENS.header() + ")", styles.bold());
        List<Column> columns = new ArrayList<>(List.of(new Column("Scenario", 22), new Column("Points", 9),
                new Column("With a cost figure", 11), new Column("Feasible, all demand served", 12)));
        PERCENTILE_HEADERS.forEach(h -> columns.add(new Column(h, 11)));
        columns.add(new Column("Mean", 11));
        int header = r;
        Cells.header(sheet, header, columns, styles);
        String format = MetricUnit.USD_PER_MILLION_TOKENS.excelFormat();
        for (ScenarioDistribution d : distributions) {
            Row row = sheet.createRow(++r);
            Cells.text(row, 0, d.scenario(), styles.text());
            Cells.number(row, 1, d.points(), styles.number(ExcelStyles.INTEGER));
            Cells.number(row, 2, d.usable(), styles.number(ExcelStyles.INTEGER));
            Cells.number(row, 3, d.allDemandServed(), styles.number(ExcelStyles.INTEGER));
            for (int i = 0; i < d.usdPerMillion().size(); i++) {
                Cells.number(row, 4 + i, d.usdPerMillion().get(i), styles.number(format));
            }
            Cells.number(row, 4 + d.usdPerMillion().size(), d.meanUsdPerMillion(), styles.number(format));
        }
        sheet.setColumnWidth(0, 34 * 256);
        sheet.setColumnWidth(1, 20 * 256);
    }

    private static int fact(Sheet sheet, int r, String label, String value, ExcelStyles styles) {
        Row row = sheet.createRow(r);
        Cells.text(row, 0, label, styles.bold());
        Cells.text(row, 1, value, styles.text());
        return r + 1;
    }

    private static int count(Sheet sheet, int r, String label, long value, ExcelStyles styles) {
        Row row = sheet.createRow(r);
        Cells.text(row, 0, label, styles.bold());
        Cells.number(row, 1, value, styles.number(ExcelStyles.INTEGER));
        return r + 1;
    }
}
