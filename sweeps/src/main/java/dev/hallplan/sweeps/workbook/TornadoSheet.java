package dev.hallplan.sweeps.workbook;

import dev.hallplan.reports.compare.MetricUnit;
import dev.hallplan.reports.excel.Cells;
import dev.hallplan.reports.excel.Column;
import dev.hallplan.reports.excel.ExcelCharts;
import dev.hallplan.reports.excel.ExcelStyles;
import dev.hallplan.sweeps.summary.AxisEffect;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Each axis' effect on the mean cost per million output tokens, largest swing first, and its tornado chart. */
final class TornadoSheet {
    static final int HEADER_ROW = 2;

    private TornadoSheet() {
    }

    static void write(XSSFSheet sheet, List<AxisEffect> effects, ExcelStyles styles) {
        Cells.text(sheet.createRow(0), 0, "Effect of each axis on the mean cost per million output tokens ("
                + MetricUnit.USD_PER_MILLION_TOKENS.header() + ", change from the mean of all points)", styles.title());
        Cells.header(sheet, HEADER_ROW, List.of(new Column("Axis", 22), new Column("Low case", 16), new Column("High case", 16),
                new Column("Low case: change", 14), new Column("High case: change", 14), new Column("Swing", 12)), styles);
        String format = MetricUnit.USD_PER_MILLION_TOKENS.excelFormat();
        int r = HEADER_ROW;
        for (AxisEffect e : effects) {
            Row row = sheet.createRow(++r);
            Cells.text(row, 0, e.axis(), styles.text());
            Cells.text(row, 1, e.lowCase(), styles.text());
            Cells.text(row, 2, e.highCase(), styles.text());
            Cells.number(row, 3, e.lowDeltaUsdPerMillion(), styles.number(format));
            Cells.number(row, 4, e.highDeltaUsdPerMillion(), styles.number(format));
            Cells.formula(row, 5, "ABS(" + Cells.ref(r, 4) + "-" + Cells.ref(r, 3) + ")", styles.number(format));
        }
        if (!effects.isEmpty()) {
            ExcelCharts.chart(sheet, new ExcelCharts.Placement(7, HEADER_ROW, 16, HEADER_ROW + 20),
                    "Tornado: cost per million output tokens", MetricUnit.USD_PER_MILLION_TOKENS.header() + " vs mean",
                    ExcelCharts.Kind.HORIZONTAL_BAR, HEADER_ROW, 0, HEADER_ROW + 1, r,
                    List.of(ExcelCharts.Series.themed(3, 0), ExcelCharts.Series.themed(4, 1)));
        }
    }
}
