package dev.hallplan.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.reports.charts.ReportFonts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class PdfLayoutTest {
    private static final List<String> HEADERS = List.of("Item", "Value");
    private static final float[] WIDTHS = {0.6f, 0.4f};

    private static List<List<PdfCell>> rows(int n) {
        List<List<PdfCell>> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            rows.add(List.of(PdfCell.text("row-" + i), PdfCell.number(String.valueOf(i))));
        }
        return rows;
    }

    /** The rows "row-N" on each page, in order. */
    private static List<List<String>> rowsPerPage(PDDocument doc) throws IOException {
        List<List<String>> pages = new ArrayList<>();
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(p);
            s.setEndPage(p);
            List<String> found = new ArrayList<>();
            for (String line : s.getText(doc).split("\\R")) {
                if (line.startsWith("row-")) {
                    found.add(line.split(" ")[0]);
                }
            }
            pages.add(found);
        }
        return pages;
    }

    private static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(doc);
    }

    @Test
    void aSplitTableRepeatsItsHeaderAndLeavesNoShortTail() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            try (PdfLayout out = new PdfLayout(doc, new PdfFonts(doc, ReportFonts.locate()), "test")) {
                out.newPage();
                out.table(HEADERS, WIDTHS, rows(63)); // one page holds ~ 61 rows: 2 would be left over
            }
            List<List<String>> pages = rowsPerPage(doc);
            assertEquals(2, pages.size());
            assertTrue(pages.get(1).size() >= PdfLayout.MIN_ROWS, "rows carried to page 2: " + pages.get(1));
            assertEquals(63, pages.get(0).size() + pages.get(1).size());
            assertEquals("row-" + (pages.get(0).size() + 1), pages.get(1).get(0), "rows stay in order");
            for (int p = 1; p <= 2; p++) {
                assertTrue(pageText(doc, p).contains("Item"), "header on page " + p);
            }
        }
    }

    @Test
    void aShortTableThatDoesNotFitMovesWholeWithItsHeading() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            try (PdfLayout out = new PdfLayout(doc, new PdfFonts(doc, ReportFonts.locate()), "test")) {
                out.newPage();
                out.drawing(660, g -> { });  // leaves room for the heading and a few rows only
                out.heading("Capex by BOM category");
                out.table(HEADERS, WIDTHS, rows(6));
            }
            List<List<String>> pages = rowsPerPage(doc);
            assertEquals(List.of(), pages.get(0), "no row of the short table is left behind");
            assertEquals(6, pages.get(1).size());
            assertTrue(!pageText(doc, 1).contains("Capex by BOM category"), "the heading goes with its table");
            assertTrue(pageText(doc, 2).contains("Capex by BOM category"));
        }
    }

    @Test
    void longTitlesWrapWithinTheMargins() throws IOException {
        String title = "Default sample: one hall, three hardware choices for the same demand, compared side by side";
        try (PDDocument doc = new PDDocument()) {
            try (PdfLayout out = new PdfLayout(doc, new PdfFonts(doc, ReportFonts.locate()), "test")) {
                out.newPage();
                out.title(title, "Scenario: a subtitle that is also much longer than one line of thirteen point text on A4");
            }
            float[] maxX = {0};
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    positions.forEach(t -> maxX[0] = Math.max(maxX[0], t.getXDirAdj() + t.getWidthDirAdj()));
                    super.writeString(text, positions);
                }
            };
            String text = s.getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains(title), text);
            assertTrue(maxX[0] <= PdfLayout.PAGE.getWidth() - PdfLayout.MARGIN + 1, "text runs to x = " + maxX[0]);
        }
    }
}
