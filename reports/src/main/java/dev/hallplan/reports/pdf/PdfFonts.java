package dev.hallplan.reports.pdf;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DFontTextDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
import dev.hallplan.reports.charts.ReportFonts;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The fonts of one PDF document: the {@link ReportFonts} TrueType faces embedded (subset) for
 * page text, and a Graphics2D text drawer mapping the charts' AWT fonts to the same embedded
 * fonts so chart text is real, selectable text. Without TrueType files it falls back to the
 * non-embedded Standard 14 Helvetica, and characters outside WinAnsi are replaced.
 */
final class PdfFonts {
    private final PDFont regular;
    private final PDFont bold;
    private final boolean embedded;
    private final IPdfBoxGraphics2DFontTextDrawer chartTextDrawer;

    PdfFonts(PDDocument document, ReportFonts fonts) throws IOException {
        if (fonts.embeddable()) {
            regular = PDType0Font.load(document, fonts.regular().orElseThrow().toFile());
            bold = PDType0Font.load(document, fonts.bold().orElseThrow().toFile());
            PdfBoxGraphics2DFontTextDrawer drawer = new PdfBoxGraphics2DFontTextDrawer();
            drawer.registerFont(fonts.awtFont(false, 10).getFontName(), regular);
            drawer.registerFont(fonts.awtFont(true, 10).getFontName(), bold);
            chartTextDrawer = drawer;
            embedded = true;
        } else {
            regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            chartTextDrawer = new PdfBoxGraphics2DFontTextDrawerDefaultFonts();
            embedded = false;
        }
    }

    PDFont regular() {
        return regular;
    }

    PDFont bold() {
        return bold;
    }

    /** True when page text uses embedded TrueType fonts. */
    boolean embedded() {
        return embedded;
    }

    IPdfBoxGraphics2DFontTextDrawer chartTextDrawer() {
        return chartTextDrawer;
    }

    /** {@code text} with characters the font cannot encode replaced by '?' (only with the fallback). */
    static String encodable(PDFont font, String text) {
        try {
            font.encode(text);
            return text;
        } catch (IOException | IllegalArgumentException e) {
            StringBuilder sb = new StringBuilder();
            text.codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                try {
                    font.encode(ch);
                    sb.append(ch);
                } catch (IOException | IllegalArgumentException inner) {
                    sb.append(cp == 0x2212 ? "-" : "?");
                }
            });
            return sb.toString();
        }
    }

    /** Width of {@code text} in points at {@code size}. */
    static float width(PDFont font, String text, float size) {
        try {
            return font.getStringWidth(encodable(font, text)) / 1000f * size;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Length of the longest prefix of {@code word} (at least one character) no wider than
     * {@code maxWidth}, summing character widths in one pass: trying shorter and shorter prefixes
     * took minutes for a 100,000-character word (found by the fuzz corpus of issue 15).
     */
    private static int fittingPrefix(PDFont font, String word, float size, float maxWidth) {
        float used = 0;
        int i = 0;
        while (i < word.length()) {
            int next = word.offsetByCodePoints(i, 1);
            used += width(font, word.substring(i, next), size);
            if (used > maxWidth) {
                break;
            }
            i = next;
        }
        return Math.max(word.offsetByCodePoints(0, 1), i);
    }

    /** Greedy word wrap of {@code text} into lines no wider than {@code maxWidth} points; long words are cut. */
    static List<String> wrap(PDFont font, String text, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String para : text.replaceAll("[\\t\\r]", " ").split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : para.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(font, candidate, size) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                }
                String rest = word;
                for (int cut = fittingPrefix(font, rest, size, maxWidth); cut < rest.length();
                     cut = fittingPrefix(font, rest, size, maxWidth)) {
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.setLength(0);
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
