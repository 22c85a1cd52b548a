package dev.hallplan.reports.pdf;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Flows headings, paragraphs, tables and vector drawings down A4 pages with a running footer,
 * starting a new page when the next block does not fit. Coordinates are PDF points. A heading
 * stays with the start of the block after it; a table split across pages repeats its header and
 * keeps at least {@link #MIN_ROWS} rows on each side of the break, so no page ends with a lone
 * row nor holds only a table's last line or two.
 */
final class PdfLayout implements Closeable {
    static final float MARGIN = 48;
    static final PDRectangle PAGE = PDRectangle.A4;
    static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final Color TEXT = new Color(0x222222);
    private static final Color MUTED = new Color(0x666666);
    private static final Color HEADER_FILL = new Color(0xE8ECEF);
    private static final Color BEST = new Color(0x1A7F37);
    private static final Color WARNING = new Color(0xB42318);
    private static final float CELL_SIZE = 8.5f;
    private static final float CELL_LEADING = 11f;
    /** Fewest table rows left on a page before a break and carried onto the next one. */
    static final int MIN_ROWS = 4;

    private final PDDocument document;
    private final PdfFonts fonts;
    private final String footer;
    private PDPageContentStream stream;
    private float y;
    private int pages;
    /** A heading waiting to be drawn with the start of the next block. */
    private String pendingHeading;

    PdfLayout(PDDocument document, PdfFonts fonts, String footer) {
        this.document = document;
        this.fonts = fonts;
        this.footer = footer;
    }

    void newPage() throws IOException {
        flushHeading(0);
        closeStream();
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        pages = document.getNumberOfPages();
        stream = new PDPageContentStream(document, page);
        y = PAGE.getHeight() - MARGIN;
        text(fonts.regular(), 7.5f, MUTED, MARGIN, MARGIN - 20, footer + "  ·  page " + pages);
    }

    /** Starts a new page unless {@code height} points still fit above the bottom margin. */
    void ensure(float height) throws IOException {
        if (stream == null || y - height < MARGIN) {
            newPage();
        }
    }

    /** A page title and subtitle; both wrap at the content width instead of running off the page. */
    void title(String title, String subtitle) throws IOException {
        List<String> titleLines = PdfFonts.wrap(fonts.bold(), title, 22, WIDTH);
        List<String> subtitleLines = PdfFonts.wrap(fonts.regular(), subtitle, 13, WIDTH);
        ensure(26 * titleLines.size() + 17 * subtitleLines.size() + 20);
        for (String line : titleLines) {
            y -= 26;
            text(fonts.bold(), 22, TEXT, MARGIN, y, line);
        }
        y -= 2;
        for (String line : subtitleLines) {
            y -= 17;
            text(fonts.regular(), 13, MUTED, MARGIN, y, line);
        }
        y -= 14;
    }

    /** A section heading (wrapped), drawn with the start of the next block so it never ends a page. */
    void heading(String heading) throws IOException {
        flushHeading(0);
        pendingHeading = heading;
    }

    /** Draws a pending heading where {@code next} more points fit below it, on a new page if need be. */
    private void flushHeading(float next) throws IOException {
        if (pendingHeading == null) {
            return;
        }
        List<String> lines = PdfFonts.wrap(fonts.bold(), pendingHeading, 13, WIDTH);
        pendingHeading = null;
        ensure(12 + 16 * lines.size() + next);
        y -= 4;
        for (String line : lines) {
            y -= 16;
            text(fonts.bold(), 13, TEXT, MARGIN, y, line);
        }
        y -= 8;
    }

    void paragraph(String paragraph, float size) throws IOException {
        List<String> lines = PdfFonts.wrap(fonts.regular(), paragraph, size, WIDTH);
        flushHeading(size * 1.4f * Math.min(2, lines.size()));
        for (String line : lines) {
            ensure(size * 1.4f);
            y -= size * 1.4f;
            text(fonts.regular(), size, TEXT, MARGIN, y, line);
        }
        y -= 4;
    }

    /** Big-number tiles, {@code perRow} across: each a label above a value. */
    void tiles(List<String[]> labelValue, int perRow) throws IOException {
        float w = WIDTH / perRow;
        flushHeading(40);
        for (int i = 0; i < labelValue.size(); i += perRow) {
            ensure(40);
            for (int j = 0; j < perRow && i + j < labelValue.size(); j++) {
                float x = MARGIN + j * w;
                text(fonts.regular(), 8, MUTED, x, y - 12, labelValue.get(i + j)[0]);
                text(fonts.bold(), 15, TEXT, x, y - 30, labelValue.get(i + j)[1]);
            }
            y -= 38;
        }
    }

    /**
     * A table with a shaded header repeated on each page; {@code widths} are fractions of the
     * content width; cell text wraps within its column.
     */
    void table(List<String> headers, float[] widths, List<List<PdfCell>> rows) throws IOException {
        // headers align like their column's first row: numbers right, text left
        List<PdfCell> headerCells = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            boolean right = !rows.isEmpty() && rows.get(0).size() > i && rows.get(0).get(i).rightAligned();
            headerCells.add(new PdfCell(headers.get(i), right, false));
        }
        float headerHeight = rowHeight(headerCells, widths, true);
        float[] heights = new float[rows.size()];
        // what must fit below the heading: a table too short to split whole, else its first rows
        int openingRows = rows.size() < 2 * MIN_ROWS ? rows.size() : MIN_ROWS;
        float opening = headerHeight;
        for (int i = 0; i < rows.size(); i++) {
            heights[i] = rowHeight(rows.get(i), widths, false);
            opening += i < openingRows ? heights[i] : 0;
        }
        flushHeading(opening);
        int i = 0;
        do {
            int fit = rowsOnThisPage(heights, i, headerHeight);
            if (fit == 0 && rows.size() > i) {
                newPage();
                fit = Math.max(1, rowsOnThisPage(heights, i, headerHeight));
            }
            row(headerCells, widths, true);
            for (int k = i; k < i + fit; k++) {
                row(rows.get(k), widths, false);
            }
            i += fit;
            if (i < rows.size()) {
                newPage();
            }
        } while (i < rows.size());
        y -= 6;
    }

    /**
     * How many rows from {@code from} go below a header on this page: all that fit, but when the
     * table breaks here, at least {@link #MIN_ROWS} on each side of the break (0: start on the next page).
     */
    private int rowsOnThisPage(float[] heights, int from, float headerHeight) {
        if (stream == null) {
            return 0;
        }
        float room = y - MARGIN - headerHeight;
        int fit = 0;
        while (from + fit < heights.length && heights[from + fit] + 2 <= room) {
            room -= heights[from + fit];
            fit++;
        }
        int left = heights.length - from;
        if (fit < left) {
            fit = Math.min(fit, left - Math.min(MIN_ROWS, left));
            if (fit < MIN_ROWS) {
                fit = 0;
            }
        }
        return fit;
    }

    /** Reserves {@code height} points and lets {@code painter} draw into a vector Graphics2D of the content width. */
    void drawing(float height, Consumer<Graphics2D> painter) throws IOException {
        flushHeading(height + 6);
        ensure(height + 6);
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, WIDTH, height);
        g.setFontTextDrawer(fonts.chartTextDrawer());
        try {
            painter.accept(g);
        } finally {
            g.dispose();
        }
        y -= height + 6;
        stream.saveGraphicsState();
        stream.transform(Matrix.getTranslateInstance(MARGIN, y + 6));
        stream.drawForm(g.getXFormObject());
        stream.restoreGraphicsState();
    }

    /** The full content area for a drawing: the rectangle a painter gets. */
    static Rectangle2D area(float height) {
        return new Rectangle2D.Double(0, 0, WIDTH, height);
    }

    float remaining() {
        return stream == null ? 0 : y - MARGIN;
    }

    /** Draws a heading still pending and finishes the last page. */
    @Override
    public void close() throws IOException {
        flushHeading(0);
        closeStream();
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    private float rowHeight(List<PdfCell> cells, float[] widths, boolean header) {
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            PDFont f = header || cells.get(i).emphasised() ? fonts.bold() : fonts.regular();
            lines = Math.max(lines, PdfFonts.wrap(f, cells.get(i).text(), CELL_SIZE, widths[i] * WIDTH - 6).size());
        }
        return lines * CELL_LEADING + 5;
    }

    private void row(List<PdfCell> cells, float[] widths, boolean header) throws IOException {
        float h = rowHeight(cells, widths, header);
        ensure(h);
        if (header) {
            stream.setNonStrokingColor(HEADER_FILL);
            stream.addRect(MARGIN, y - h, WIDTH, h);
            stream.fill();
        } else {
            stream.setStrokingColor(new Color(0xDDDDDD));
            stream.setLineWidth(0.4f);
            stream.moveTo(MARGIN, y - h);
            stream.lineTo(MARGIN + WIDTH, y - h);
            stream.stroke();
        }
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            PdfCell c = cells.get(i);
            float w = widths[i] * WIDTH;
            PDFont f = header || c.emphasised() ? fonts.bold() : fonts.regular();
            Color color = switch (c.tone()) {
                case BEST -> BEST;
                case WARNING -> WARNING;
                case NORMAL -> TEXT;
            };
            float ly = y - CELL_LEADING + 1;
            for (String line : PdfFonts.wrap(f, c.text(), CELL_SIZE, w - 6)) {
                float tx = c.rightAligned() ? x + w - 3 - PdfFonts.width(f, line, CELL_SIZE) : x + 3;
                text(f, CELL_SIZE, color, tx, ly, line);
                ly -= CELL_LEADING;
            }
            x += w;
        }
        y -= h;
    }

    private void text(PDFont font, float size, Color color, float x, float baseline, String text) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.setNonStrokingColor(color);
        stream.newLineAtOffset(x, baseline);
        stream.showText(PdfFonts.encodable(font, text));
        stream.endText();
    }
}
