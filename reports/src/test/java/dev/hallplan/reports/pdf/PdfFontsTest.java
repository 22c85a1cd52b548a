package dev.hallplan.reports.pdf;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfFontsTest {
    private final PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    @Test
    void wrapKeepsEveryLineWithinTheWidthAndLosesNoWord() {
        String text = "Serve the 2027 demand of four workloads from two halls of HGX H200 8-GPU server racks.";
        List<String> lines = PdfFonts.wrap(helvetica, text, 10, 120);
        assertTrue(lines.size() > 1);
        lines.forEach(l -> assertTrue(PdfFonts.width(helvetica, l, 10) <= 120, l));
        assertEquals(text, String.join(" ", lines));
    }

    @Test
    void wrapCutsAWordLongerThanTheLine() {
        List<String> lines = PdfFonts.wrap(helvetica, "x".repeat(100), 10, 50);
        assertTrue(lines.size() > 1);
        assertEquals("x".repeat(100), String.join("", lines));
    }

    @Test
    void wrapCutsAHundredThousandCharacterWordInLinearTime() {
        // a scenario description of 100,000 characters without a space hung the PDF export (fuzz corpus, issue 15)
        String word = "x".repeat(100_000);
        List<String> lines = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> PdfFonts.wrap(helvetica, word, 10, 480));
        assertEquals(word, String.join("", lines));
        lines.forEach(l -> assertTrue(PdfFonts.width(helvetica, l, 10) <= 480, l.length() + " characters"));
    }

    @Test
    void fallbackFontReplacesWhatWinAnsiCannotEncode() {
        // U+2212 minus becomes a hyphen, an arrow becomes '?'; × is in WinAnsi and stays
        assertEquals("-20% ? 2×", PdfFonts.encodable(helvetica, "\u221220% \u2192 2×"));
    }
}
