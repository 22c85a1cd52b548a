package dev.hallplan.sweeps.workbook;

import dev.hallplan.reports.compare.MetricUnit;
import dev.hallplan.reports.excel.Cells;
import dev.hallplan.reports.excel.Column;
import dev.hallplan.reports.excel.ExcelCharts;
import dev.hallplan.reports.excel.ExcelStyles;
import dev.hallplan.sweeps.point.PointResult;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Cost per million output tokens against annual emissions for every point with both figures, the
 * Pareto front (feasible points no other feasible point beats on both) in its own table, and a
 * scatter chart of both with the front drawn as a line.
 */
final class ParetoSheet {
    static final int HEADER_ROW = 2;
    private static final int FRONT_COL = 6;

    private ParetoSheet() {
    }

    static void write(XSSFSheet sheet, List<PointResult> rows, List<PointResult> front, ExcelStyles styles) {
        Cells.text(sheet.createRow(0), 0, "Cost per million output tokens against annual emissions; the Pareto front "
                + "is the feasible points no other feasible point beats on both", styles.title());
        MetricUnit cost = MetricUnit.USD_PER_MILLION_TOKENS;
        MetricUnit co2 = MetricUnit.TONNES_CO2E;
        Cells.header(sheet, HEADER_ROW, List.of(new Column("Point", 8), new Column("Scenario", 18),
                new Column("Cost (" + cost.header() + ")", 14), new Column("Emissions (" + co2.header() + ")", 14),
                new Column("On the Pareto front", 10)), styles);
        Set<Integer> onFront = front.stream().map(r -> r.point().index()).collect(Collectors.toSet());
        List<PointResult> plotted = rows.stream().filter(r -> !r.failed()
                && Double.isFinite(r.figures().usdPerMillionOutputTokens()) && Double.isFinite(r.figures().annualCo2eKg())).toList();
        int r = HEADER_ROW;
        for (PointResult p : plotted) {
            Row row = sheet.createRow(++r);
            Cells.number(row, 0, p.point().index(), styles.number(ExcelStyles.INTEGER));
            Cells.text(row, 1, p.point().scenario(), styles.text());
            Cells.number(row, 2, cost.cellValue(p.figures().usdPerMillionOutputTokens()), styles.number(cost.excelFormat()));
            Cells.number(row, 3, co2.cellValue(p.figures().annualCo2eKg()), styles.number(ExcelStyles.DECIMAL_1));
            Cells.text(row, 4, onFront.contains(p.point().index()) ? "yes" : "", styles.text());
        }
        int lastPoint = r;
        // the front, by rising cost, beside the table: the chart's second series
        Row frontHeader = sheet.getRow(HEADER_ROW);
        Cells.text(frontHeader, FRONT_COL, "Front: cost (" + cost.header() + ")", styles.header());
        Cells.text(frontHeader, FRONT_COL + 1, "Front: emissions (" + co2.header() + ")", styles.header());
        sheet.setColumnWidth(FRONT_COL, 14 * 256);
        sheet.setColumnWidth(FRONT_COL + 1, 14 * 256);
        for (int i = 0; i < front.size(); i++) {
            Row row = sheet.getRow(HEADER_ROW + 1 + i) != null ? sheet.getRow(HEADER_ROW + 1 + i) : sheet.createRow(HEADER_ROW + 1 + i);
            Cells.number(row, FRONT_COL, cost.cellValue(front.get(i).figures().usdPerMillionOutputTokens()),
                    styles.number(cost.excelFormat()));
            Cells.number(row, FRONT_COL + 1, co2.cellValue(front.get(i).figures().annualCo2eKg()), styles.number(ExcelStyles.DECIMAL_1));
        }
        if (plotted.isEmpty()) {
            return;
        }
        List<ExcelCharts.XySeries> series = new java.util.ArrayList<>();
        series.add(ExcelCharts.XySeries.themed("Points", 2, 3, HEADER_ROW + 1, lastPoint, 4, false));
        if (!front.isEmpty()) {
            series.add(ExcelCharts.XySeries.themed("Pareto front", FRONT_COL, FRONT_COL + 1, HEADER_ROW + 1,
                    HEADER_ROW + front.size(), 5, true));
        }
        ExcelCharts.scatter(sheet, new ExcelCharts.Placement(FRONT_COL + 3, HEADER_ROW, FRONT_COL + 13, HEADER_ROW + 22),
                "Cost against emissions", "Cost (" + cost.header() + ")", "Emissions (" + co2.header() + ")", series);
    }
}
