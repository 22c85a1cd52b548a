package dev.hallplan.sweeps.workbook;

import dev.hallplan.reports.excel.Cells;
import dev.hallplan.reports.excel.Column;
import dev.hallplan.reports.excel.ExcelStyles;
import dev.hallplan.sweeps.point.PointResult;
import dev.hallplan.sweeps.results.ResultColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Every result row with the result tables' columns, in display units, plus whether it is on the Pareto front; filterable. */
final class PointSheet {
    static final int HEADER_ROW = 0;

    private PointSheet() {
    }

    static void write(Sheet sheet, List<ResultColumn> columns, List<PointResult> rows, List<PointResult> front,
                      ExcelStyles styles) {
        List<Column> headers = new ArrayList<>();
        columns.forEach(c -> headers.add(new Column(c.header(), c.type() == ResultColumn.Type.TEXT ? 16 : 13)));
        headers.add(new Column("On the Pareto front", 10));
        Cells.header(sheet, HEADER_ROW, headers, styles);
        Set<Integer> onFront = front.stream().map(r -> r.point().index()).collect(Collectors.toSet());
        int r = HEADER_ROW;
        for (PointResult p : rows) {
            Row row = sheet.createRow(++r);
            for (int i = 0; i < columns.size(); i++) {
                ResultColumn c = columns.get(i);
                Object v = c.of(p);
                if (v instanceof Number n) {
                    double display = c.unit() == null ? n.doubleValue() : c.unit().cellValue(n.doubleValue());
                    Cells.number(row, i, display, style(c, styles));
                } else if (v != null) {
                    Cells.text(row, i, v.toString(), styles.text());
                }
            }
            Cells.text(row, columns.size(), onFront.contains(p.point().index()) ? "yes" : "", styles.text());
        }
        Cells.filter(sheet, HEADER_ROW, r, headers.size());
    }

    private static CellStyle style(ResultColumn c, ExcelStyles styles) {
        if (c.unit() != null) {
            return styles.number(c.unit().excelFormat());
        }
        return styles.number(c.type() == ResultColumn.Type.INTEGER ? ExcelStyles.INTEGER : ExcelStyles.DECIMAL_3);
    }
}
