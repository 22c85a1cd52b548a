package dev.hallplan.reports.excel;

import dev.hallplan.engine.kpi.KeyFigure;
import dev.hallplan.engine.kpi.KeyFigures;
import dev.hallplan.engine.kpi.PlanKpis;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.kpi.WorkloadKpi;
import dev.hallplan.reports.charts.ChartTheme;
import dev.hallplan.reports.compare.MetricUnit;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The Summary sheet: the plan's key figures ({@link KeyFigures}, the labels every output uses)
 * with units, a live BOM total linked to the BOM sheet, the capacity-vs-demand table (share as a
 * formula) with a native bar chart, and the violations.
 */
final class SummarySheet {
    static final int KPI_HEADER_ROW = 3;

    private SummarySheet() {
    }

    /**
     * @param bomTotalRef formula reference of the BOM total cell, e.g. {@code 'BOM'!G14}
     */
    static void write(XSSFSheet sheet, PlanReport report, String bomTotalRef, ExcelStyles styles) {
        PlanKpis k = report.kpis();
        Cells.text(sheet.createRow(0), 0, report.projectName() + ": " + report.scenarioName(), styles.title());
        Cells.text(sheet.createRow(1), 0, report.scenarioDescription(), styles.text());
        Cells.header(sheet, KPI_HEADER_ROW, List.of(new Column("Metric", 38), new Column("Value", 16),
                new Column("Unit", 14), new Column("Note", 16)), styles);
        int r = KPI_HEADER_ROW + 1;
        for (KeyFigure f : KeyFigures.of(report)) {
            MetricUnit unit = MetricUnit.of(f.figure().quantity());
            r = kpi(sheet, r, f.label(), unit.header(), unit.cellValue(f.siValue()), unit.excelFormat(), styles);
        }
        Row bom = sheet.createRow(r++);
        Cells.text(bom, 0, KeyFigureNames.BOM_TOTAL_LABEL, styles.text());
        Cells.formula(bom, 1, bomTotalRef, styles.number(ExcelStyles.USD));
        Cells.text(bom, 2, MetricUnit.USD.header(), styles.text());
        Cells.text(bom, 3, "recalculates with BOM prices", styles.text());

        int capacityHeader = r + 1;
        int lastWorkload = capacityTable(sheet, capacityHeader, k.workloads(), styles);
        if (lastWorkload > capacityHeader) {
            ExcelCharts.chart(sheet, new ExcelCharts.Placement(5, KPI_HEADER_ROW, 12, KPI_HEADER_ROW + 18),
                    "Capacity vs peak demand", "% of peak demand", ExcelCharts.Kind.BAR, capacityHeader, 0,
                    capacityHeader + 1, lastWorkload, List.of(new ExcelCharts.Series(5, ChartTheme.CAPACITY)));
        }
        int v = lastWorkload + 2;
        Cells.text(sheet.createRow(v++), 0, "Violations and risks", styles.bold());
        if (k.violations().isEmpty()) {
            Cells.text(sheet.createRow(v), 0, "none", styles.text());
        }
        for (String violation : k.violations()) {
            Cells.text(sheet.createRow(v++), 0, violation, styles.text());
        }
    }

    /** Writes the workload table with its header at {@code headerRow}; returns the last data row. */
    private static int capacityTable(XSSFSheet sheet, int headerRow, List<WorkloadKpi> workloads, ExcelStyles styles) {
        String[] headers = {"Workload", "Model", "Replicas", "Peak demand (req/s)", "Capacity (req/s)",
                "Capacity / peak demand (%)", "Output tokens/s", "Annual output tokens", "Unmet demand: why",
                "Preferred option"};
        Row h = sheet.createRow(headerRow);
        for (int i = 0; i < headers.length; i++) {
            Cells.text(h, i, headers[i], styles.header());
            if (i >= 4) {
                sheet.setColumnWidth(i, (i == 8 ? 60 : i == 9 ? 36 : 16) * 256);
            }
        }
        int r = headerRow + 1;
        for (WorkloadKpi w : workloads) {
            Row row = sheet.createRow(r);
            String n = String.valueOf(r + 1);
            Cells.text(row, 0, w.name(), styles.text());
            Cells.text(row, 1, w.modelId(), styles.text());
            Cells.number(row, 2, w.replicas(), styles.number(ExcelStyles.INTEGER));
            Cells.number(row, 3, w.peakDemandRequestsPerSecond(), styles.number(ExcelStyles.DECIMAL_1));
            Cells.number(row, 4, w.capacityRequestsPerSecond(), styles.number(ExcelStyles.DECIMAL_1));
            Cells.formula(row, 5, "IF(D" + n + ">0,E" + n + "/D" + n + ",0)", styles.number(ExcelStyles.PERCENT));
            Cells.number(row, 6, w.outputTokensPerSecond(), styles.number(ExcelStyles.INTEGER));
            Cells.number(row, 7, w.annualOutputTokens(), styles.number(ExcelStyles.MILLIONS));
            Cells.text(row, 8, w.unmetDemandReason(), styles.text());
            Cells.text(row, 9, w.preferenceText(), styles.text());
            r++;
        }
        return r - 1;
    }

    private static int kpi(XSSFSheet sheet, int r, String label, String unit, double value, String format,
                           ExcelStyles styles) {
        Row row = sheet.createRow(r);
        Cells.text(row, 0, label, styles.text());
        Cells.number(row, 1, value, styles.number(format));
        Cells.text(row, 2, unit, styles.text());
        return r + 1;
    }
}
