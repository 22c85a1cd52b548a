package dev.hallplan.reports.excel;

import dev.hallplan.engine.kpi.Assumption;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.util.List;

/** The Assumptions sheet: category, name, value and source of every assumption behind the numbers. */
final class AssumptionSheet {
    private static final List<Column> COLUMNS = List.of(new Column("Category", 16), new Column("Name", 30),
            new Column("Value", 30), new Column("Source", 60));

    private AssumptionSheet() {
    }

    static void write(Sheet sheet, List<Assumption> assumptions, ExcelStyles styles) {
        Cells.header(sheet, 0, COLUMNS, styles);
        int r = 1;
        for (Assumption a : assumptions) {
            Row row = sheet.createRow(r++);
            Cells.text(row, 0, a.category(), styles.text());
            Cells.text(row, 1, a.name(), styles.text());
            Cells.text(row, 2, a.value(), styles.text());
            Cells.text(row, 3, a.source(), styles.wrapped());
        }
        Cells.filter(sheet, 0, r - 1, COLUMNS.size());
    }
}
