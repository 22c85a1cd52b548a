package dev.hallplan.reports.charts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The TrueType font pair (regular, bold) that charts draw with and the PDF embeds, so that text
 * measured by Java2D is the text the PDF shows. {@link #locate()} looks for DejaVu Sans in the
 * JDK's {@code lib/fonts} first and then in the Debian/Ubuntu location of the {@code fonts-dejavu-core}
 * package; when neither exists the fonts are absent and callers fall back to logical AWT fonts
 * (charts) and the PDF Standard 14 Helvetica (text not embedded).
 *
 * @param regular TrueType file of the regular face, empty when none was found
 * @param bold    TrueType file of the bold face, empty when none was found
 */
public record ReportFonts(Optional<Path> regular, Optional<Path> bold) {

    /** Directories searched in order; the first holding both faces wins. */
    static final List<Path> SEARCH_DIRECTORIES = List.of(
            Path.of(System.getProperty("java.home"), "lib", "fonts"),
            Path.of("/usr/share/fonts/truetype/dejavu"),
            Path.of("/usr/share/fonts/dejavu"),
            Path.of("/usr/share/fonts/TTF"));

    public ReportFonts {
        if (regular.isPresent() != bold.isPresent()) {
            throw new IllegalArgumentException("ReportFonts needs both faces or neither, got regular="
                    + regular + ", bold=" + bold);
        }
    }

    /** Looks for DejaVuSans.ttf and DejaVuSans-Bold.ttf in {@link #SEARCH_DIRECTORIES}. */
    public static ReportFonts locate() {
        for (Path dir : SEARCH_DIRECTORIES) {
            Path r = dir.resolve("DejaVuSans.ttf");
            Path b = dir.resolve("DejaVuSans-Bold.ttf");
            if (Files.isReadable(r) && Files.isReadable(b)) {
                return new ReportFonts(Optional.of(r), Optional.of(b));
            }
        }
        return none();
    }

    /** No TrueType files: logical AWT fonts and Standard 14 fonts in the PDF. */
    public static ReportFonts none() {
        return new ReportFonts(Optional.empty(), Optional.empty());
    }

    /** True when TrueType files were found and the PDF can embed them. */
    public boolean embeddable() {
        return regular.isPresent();
    }

    /** The AWT font for charts at {@code sizePoints}; {@code bold} picks the bold face. */
    public Font awtFont(boolean boldFace, float sizePoints) {
        Optional<Path> file = boldFace ? bold : regular;
        if (file.isEmpty()) {
            return new Font(Font.SANS_SERIF, boldFace ? Font.BOLD : Font.PLAIN, Math.round(sizePoints));
        }
        return AwtFontCache.load(file.get()).deriveFont(sizePoints);
    }

    /** Loads each TrueType file once per JVM: Font.createFont reads and parses the whole file. */
    private static final class AwtFontCache {
        private static final java.util.Map<Path, Font> FONTS = new java.util.concurrent.ConcurrentHashMap<>();

        static Font load(Path file) {
            return FONTS.computeIfAbsent(file, f -> {
                try {
                    return Font.createFont(Font.TRUETYPE_FONT, f.toFile());
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read font " + f, e);
                } catch (FontFormatException e) {
                    throw new IllegalArgumentException("Not a TrueType font: " + f, e);
                }
            });
        }
    }
}
