package dev.hallplan.reports.excel;

import dev.hallplan.reports.compare.MetricRow;
import dev.hallplan.reports.compare.ScenarioComparison;
import dev.hallplan.reports.compare.SensitivityRow;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The Compare sheet: scenarios side by side on every metric with the winner highlighted and
 * named, the price-sensitivity tables (TCO and cost per million tokens), and capex by BOM
 * category with SUM totals.
 */
final class CompareSheet {
    static final int HEADER_ROW = 2;
    private static final int FIRST_SCENARIO_COL = 2;

    private CompareSheet() {
    }

    static void write(Sheet sheet, ScenarioComparison c, ExcelStyles styles) {
        List<String> names = c.scenarioNames();
        int n = names.size();
        long pct = Math.round(c.swing() * 100);
        Cells.text(sheet.createRow(0), 0, "Scenario comparison: TCO over " + c.years() + " years, price cases ±"
                + pct + "%", styles.title());
        header(sheet, HEADER_ROW, "Metric", "Unit", names, "Best", styles);
        sheet.setColumnWidth(0, 34 * 256);
        sheet.setColumnWidth(1, 12 * 256);
        for (int i = 0; i <= n; i++) {
            sheet.setColumnWidth(FIRST_SCENARIO_COL + i, 18 * 256);
        }
        sheet.createFreezePane(FIRST_SCENARIO_COL, HEADER_ROW + 1);
        int r = HEADER_ROW + 1;
        for (MetricRow m : c.metrics()) {
            Row row = sheet.createRow(r++);
            String label = m.metric().label().replace("horizon", c.years() + " years");
            Cells.text(row, 0, label, styles.text());
            Cells.text(row, 1, m.metric().unit().header(), styles.text());
            String format = m.metric().unit().excelFormat();
            for (int i = 0; i < n; i++) {
                boolean wins = m.winner().isPresent() && m.winner().getAsInt() == i;
                Cells.number(row, FIRST_SCENARIO_COL + i, m.metric().unit().cellValue(m.valuesSi().get(i)),
                        wins ? styles.winner(format) : styles.number(format));
            }
            Cells.text(row, FIRST_SCENARIO_COL + n, winnerName(m.winner(), names), styles.bold());
        }

        r++;
        Cells.text(sheet.createRow(r++), 0, "TCO over " + c.years() + " years by price case", styles.bold());
        header(sheet, r++, "Price case", "Unit", names, "Lowest TCO", styles);
        for (SensitivityRow s : c.sensitivity()) {
            r = sensitivityRow(sheet, r, s.label(), s.tcoUsd(), s.winner(), ExcelStyles.USD, "$", names, styles);
        }
        r++;
        Cells.text(sheet.createRow(r++), 0, "Cost per million output tokens by price case", styles.bold());
        header(sheet, r++, "Price case", "Unit", names, "", styles);
        for (SensitivityRow s : c.sensitivity()) {
            r = sensitivityRow(sheet, r, s.label(), s.usdPerMillionTokens(), OptionalInt.empty(),
                    ExcelStyles.DECIMAL_3, "$/M tokens", names, styles);
        }

        r++;
        Cells.text(sheet.createRow(r++), 0, "Capex by BOM category", styles.bold());
        header(sheet, r++, "Category", "Unit", names, "", styles);
        int first = r;
        for (Map.Entry<String, List<Double>> e : c.bomByCategory().entrySet()) {
            r = sensitivityRow(sheet, r, e.getKey(), e.getValue(), OptionalInt.empty(), ExcelStyles.USD, "$", names, styles);
        }
        Row total = sheet.createRow(r);
        Cells.text(total, 0, "Total", styles.bold());
        Cells.text(total, 1, "$", styles.text());
        for (int i = 0; i < n; i++) {
            String col = Cells.col(FIRST_SCENARIO_COL + i);
            Cells.formula(total, FIRST_SCENARIO_COL + i, "SUM(" + col + (first + 1) + ":" + col + r + ")",
                    styles.total(ExcelStyles.USD));
        }
    }

    private static int sensitivityRow(Sheet sheet, int r, String label, List<Double> values, OptionalInt winner,
                                      String format, String unit, List<String> names, ExcelStyles styles) {
        Row row = sheet.createRow(r);
        Cells.text(row, 0, label, styles.text());
        Cells.text(row, 1, unit, styles.text());
        for (int i = 0; i < values.size(); i++) {
            boolean wins = winner.isPresent() && winner.getAsInt() == i;
            Cells.number(row, FIRST_SCENARIO_COL + i, values.get(i), wins ? styles.winner(format) : styles.number(format));
        }
        if (winner.isPresent()) {
            Cells.text(row, FIRST_SCENARIO_COL + values.size(), names.get(winner.getAsInt()), styles.bold());
        }
        return r + 1;
    }

    private static void header(Sheet sheet, int r, String first, String second, List<String> names, String last,
                               ExcelStyles styles) {
        Row row = sheet.createRow(r);
        Cells.text(row, 0, first, styles.header());
        Cells.text(row, 1, second, styles.header());
        for (int i = 0; i < names.size(); i++) {
            Cells.text(row, FIRST_SCENARIO_COL + i, names.get(i), styles.header());
        }
        Cells.text(row, FIRST_SCENARIO_COL + names.size(), last, styles.header());
    }

    private static String winnerName(OptionalInt winner, List<String> names) {
        return winner.isPresent() ? names.get(winner.getAsInt()) : "tie";
    }
}
