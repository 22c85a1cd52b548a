package dev.hallplan.reports.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

import java.util.HashMap;
import java.util.Map;

/**
 * The style registry of one workbook: every cell style is created once here and shared, so a
 * large export does not hit Excel's 64,000-style limit and formats stay consistent. Number
 * formats are explicit; the unit lives in the column header.
 */
public final class ExcelStyles {
    /** Whole numbers with grouping. */
    public static final String INTEGER = "#,##0";
    /** Two decimals with grouping. */
    public static final String DECIMAL_2 = "#,##0.00";
    /** One decimal with grouping. */
    public static final String DECIMAL_1 = "#,##0.0";
    /** Three decimals (PUE, small $ figures). */
    public static final String DECIMAL_3 = "#,##0.000";
    /** Whole US dollars. */
    public static final String USD = "$#,##0";
    /** A large count shown in millions with an "M" suffix; the cell keeps the full value. */
    public static final String MILLIONS = "#,##0,,\" M\"";
    /** A fraction shown as a percentage with one decimal. */
    public static final String PERCENT = "0.0%";

    private final Workbook workbook;
    private final Map<String, CellStyle> numbers = new HashMap<>();
    private final Map<String, CellStyle> boldNumbers = new HashMap<>();
    private final Map<String, CellStyle> winners = new HashMap<>();
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle wrapped;
    private final CellStyle title;
    private final CellStyle bold;
    private final Font boldFont;

    public ExcelStyles(Workbook workbook) {
        this.workbook = java.util.Objects.requireNonNull(workbook, "workbook");
        boldFont = workbook.createFont();
        boldFont.setBold(true);
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);

        header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);

        text = workbook.createCellStyle();
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        title = workbook.createCellStyle();
        title.setFont(titleFont);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
    }

    /** Bold, shaded, wrapped: header rows. */
    public CellStyle header() {
        return header;
    }

    public CellStyle text() {
        return text;
    }

    /** Text that wraps within its column (descriptions, equipment lists). */
    public CellStyle wrapped() {
        return wrapped;
    }

    /** The sheet's title line. */
    public CellStyle title() {
        return title;
    }

    /** Bold text: total labels. */
    public CellStyle bold() {
        return bold;
    }

    /** A number with {@code format}, one shared style per format. */
    public CellStyle number(String format) {
        return numbers.computeIfAbsent(format, f -> numberStyle(f, false, false));
    }

    /** A bold number with {@code format}: total rows. */
    public CellStyle total(String format) {
        return boldNumbers.computeIfAbsent(format, f -> numberStyle(f, true, false));
    }

    /** A bold number on a light green fill: the best scenario of a comparison row. */
    public CellStyle winner(String format) {
        return winners.computeIfAbsent(format, f -> numberStyle(f, true, true));
    }

    private CellStyle numberStyle(String format, boolean isBold, boolean highlighted) {
        CellStyle s = workbook.createCellStyle();
        s.setDataFormat(workbook.createDataFormat().getFormat(format));
        if (isBold) {
            s.setFont(boldFont);
        }
        if (highlighted) {
            s.setFillForegroundColor(IndexedColors.LIGHT_GREEN.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return s;
    }
}
