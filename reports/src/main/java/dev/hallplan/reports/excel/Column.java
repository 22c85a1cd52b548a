package dev.hallplan.reports.excel;

/**
 * A column of a workbook table: its header (with the unit, e.g. "Power (kW)") and width.
 *
 * @param widthChars column width in characters
 */
public record Column(String header, int widthChars) {
    public Column {
        if (header == null || header.isBlank()) {
            throw new IllegalArgumentException("A column needs a header");
        }
        if (widthChars < 1 || widthChars > 255) {
            throw new IllegalArgumentException("Column width must be 1..255 characters, got " + widthChars);
        }
    }
}
