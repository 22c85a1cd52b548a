package dev.hallplan.reports.excel;

import dev.hallplan.engine.kpi.RackReport;
import dev.hallplan.reports.units.ReportUnits;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The Racks sheet, one row per rack. Written as plain values (no formulas) so it can be streamed
 * (SXSSF) for halls with thousands of racks.
 */
final class RackSheet {
    private static final List<Column> COLUMNS = List.of(
            new Column("Hall", 10), new Column("Rack", 16), new Column("Row", 12), new Column("Row index", 8),
            new Column("Position", 8), new Column("Rack type", 20), new Column("Cooling", 14),
            new Column("Equipment", 40), new Column("Power (kW)", 11), new Column("Power limit (kW)", 11),
            new Column("Power use (%)", 10), new Column("Power headroom (kW)", 12), new Column("Heat (kW)", 11),
            new Column("Heat limit (kW)", 11));

    private RackSheet() {
    }

    static void write(Sheet sheet, List<RackReport> racks, ExcelStyles styles) {
        Cells.header(sheet, 0, COLUMNS, styles);
        var kw = styles.number(ExcelStyles.DECIMAL_1);
        var integer = styles.number(ExcelStyles.INTEGER);
        int r = 1;
        for (RackReport rack : racks) {
            Row row = sheet.createRow(r++);
            Cells.text(row, 0, rack.hallId(), styles.text());
            Cells.text(row, 1, rack.rackId(), styles.text());
            Cells.text(row, 2, rack.rowId(), styles.text());
            Cells.number(row, 3, rack.rowIndex(), integer);
            Cells.number(row, 4, rack.position(), integer);
            Cells.text(row, 5, rack.rackTypeId(), styles.text());
            Cells.text(row, 6, rack.cooling(), styles.text());
            Cells.text(row, 7, rack.equipment(), styles.text());
            Cells.number(row, 8, ReportUnits.kilowatts(rack.powerWatts()), kw);
            Cells.number(row, 9, ReportUnits.kilowatts(rack.powerLimitWatts()), kw);
            Cells.number(row, 10, rack.powerUse(), styles.number(ExcelStyles.PERCENT));
            Cells.number(row, 11, ReportUnits.kilowatts(rack.powerHeadroomWatts()), kw);
            Cells.number(row, 12, ReportUnits.kilowatts(rack.heatWatts()), kw);
            Cells.number(row, 13, ReportUnits.kilowatts(rack.heatLimitWatts()), kw);
        }
        Cells.filter(sheet, 0, r - 1, COLUMNS.size());
    }
}
