package dev.hallplan.app.document;

import java.nio.file.Path;
import java.util.Locale;

/** File names proposed in save and export choosers. */
public final class FileNames {
    private FileNames() {
    }

    /** "Public LLM API (v2)" -> "public-llm-api-v2"; "project" when nothing is left. */
    public static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
        return s.isEmpty() ? "project" : s;
    }

    /** {@code file} with {@code suffix} appended unless its name already ends with it. */
    public static Path withSuffix(Path file, String suffix) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(suffix) ? file : file.resolveSibling(name + suffix);
    }
}
