package dev.hallplan.reports.excel;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import java.util.List;

/** Small helpers for writing cells and table headers; shared by the sheet writers (also the sweeps module's). */
public final class Cells {
    private Cells() {
    }

    /** A text cell; text beyond Excel's 32,767 characters a cell is cut there, ending in "…". */
    public static Cell text(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        String v = value == null ? "" : value;
        int max = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
        c.setCellValue(v.length() > max ? v.substring(0, max - 1) + "…" : v);
        c.setCellStyle(style);
        return c;
    }

    /** A numeric cell; NaN and infinities are left blank (Excel has no NaN). */
    public static Cell number(Row row, int col, double value, CellStyle style) {
        Cell c = row.createCell(col);
        if (Double.isFinite(value)) {
            c.setCellValue(value);
        }
        c.setCellStyle(style);
        return c;
    }

    public static Cell formula(Row row, int col, String formula, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellFormula(formula);
        c.setCellStyle(style);
        return c;
    }

    /** Writes the header row at {@code rowIndex}, sets column widths and freezes everything above and at it. */
    public static void header(Sheet sheet, int rowIndex, List<Column> columns, ExcelStyles styles) {
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < columns.size(); i++) {
            text(row, i, columns.get(i).header(), styles.header());
            sheet.setColumnWidth(i, columns.get(i).widthChars() * 256);
        }
        sheet.createFreezePane(0, rowIndex + 1);
    }

    /** An auto-filter over the header row and the data rows below it (inclusive 0-based rows). */
    public static void filter(Sheet sheet, int headerRow, int lastRow, int columns) {
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastRow), 0, columns - 1));
    }

    /** A1-style reference of a cell, e.g. {@code G12} for (11, 6). */
    public static String ref(int row, int col) {
        return new CellReference(row, col).formatAsString();
    }

    /** A1-style column letter of 0-based {@code col}. */
    public static String col(int col) {
        return CellReference.convertNumToColString(col);
    }

    /** A sheet name quoted for use in a formula, e.g. {@code 'H200 BOM'}. */
    public static String quoted(String sheetName) {
        return "'" + sheetName.replace("'", "''") + "'";
    }
}
