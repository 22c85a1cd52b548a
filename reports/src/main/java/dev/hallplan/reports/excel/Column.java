package dev.hallplan.reports.excel;

/**
 * A column of a workbook table: its header (with the unit, e.g. "Power (kW)") and width.
 *
 * @param widthChars column width in characters
 */
record Column(String header, int widthChars) {
    Column {
        if (header == null || header.isBlank()) {
            throw new IllegalArgumentException("A column needs a header");
        }
        if (widthChars < 1 || widthChars > 255) {
            throw new IllegalArgumentException("Column width must be 1..255 characters, got " + widthChars);
        }
    }
}
