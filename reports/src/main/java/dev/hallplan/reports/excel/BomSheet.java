package dev.hallplan.reports.excel;

import dev.hallplan.engine.kpi.BomLine;
import dev.hallplan.reports.units.ReportUnits;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The BOM sheet: one row per line, extended price and total power as formulas of quantity and
 * unit values, and a total row of SUM formulas, so that changing a unit price or a quantity
 * recalculates the totals.
 */
final class BomSheet {
    static final int QUANTITY = 4;
    static final int UNIT_PRICE = 5;
    static final int EXTENDED_PRICE = 6;
    static final int POWER_EACH = 7;
    static final int POWER_TOTAL = 8;
    private static final List<Column> COLUMNS = List.of(
            new Column("Category", 18), new Column("Catalog id", 22), new Column("Vendor", 14),
            new Column("Name", 36), new Column("Quantity", 11), new Column("Unit price ($)", 14),
            new Column("Extended price ($)", 17), new Column("Power each (kW)", 12),
            new Column("Total power (kW)", 13), new Column("Price missing", 10));

    private BomSheet() {
    }

    /**
     * Writes the BOM into {@code sheet} and returns the A1 reference of the total extended price
     * cell (for the Summary's live BOM total).
     */
    static String write(Sheet sheet, List<BomLine> bom, ExcelStyles styles) {
        Cells.header(sheet, 0, COLUMNS, styles);
        int r = 1;
        for (BomLine line : bom) {
            Row row = sheet.createRow(r);
            Cells.text(row, 0, line.category(), styles.text());
            Cells.text(row, 1, line.catalogId(), styles.text());
            Cells.text(row, 2, line.vendor(), styles.text());
            Cells.text(row, 3, line.name(), styles.text());
            Cells.number(row, QUANTITY, line.quantity(), styles.number(ExcelStyles.INTEGER));
            Cells.number(row, UNIT_PRICE, line.unitPriceUsd(), styles.number(ExcelStyles.USD));
            String excel = String.valueOf(r + 1);
            Cells.formula(row, EXTENDED_PRICE, Cells.col(QUANTITY) + excel + "*" + Cells.col(UNIT_PRICE) + excel,
                    styles.number(ExcelStyles.USD));
            Cells.number(row, POWER_EACH, ReportUnits.kilowatts(line.powerWattsEach()), styles.number(ExcelStyles.DECIMAL_2));
            Cells.formula(row, POWER_TOTAL, Cells.col(QUANTITY) + excel + "*" + Cells.col(POWER_EACH) + excel,
                    styles.number(ExcelStyles.DECIMAL_1));
            Cells.text(row, 9, line.priceMissing() ? "yes" : "", styles.text());
            r++;
        }
        int lastData = r - 1;
        Cells.filter(sheet, 0, lastData, COLUMNS.size());
        // one blank row keeps the total outside the filtered range
        Row total = sheet.createRow(r + 1);
        Cells.text(total, 0, "Total", styles.bold());
        String priceTotal = sumFormula(EXTENDED_PRICE, lastData);
        Cells.formula(total, EXTENDED_PRICE, priceTotal, styles.total(ExcelStyles.USD));
        Cells.formula(total, POWER_TOTAL, sumFormula(POWER_TOTAL, lastData), styles.total(ExcelStyles.DECIMAL_1));
        return Cells.ref(r + 1, EXTENDED_PRICE);
    }

    private static String sumFormula(int col, int lastDataRow) {
        String c = Cells.col(col);
        // an empty BOM sums an empty range on the header row, which is 0
        return lastDataRow < 1 ? "0" : "SUM(" + c + "2:" + c + (lastDataRow + 1) + ")";
    }
}
