package dev.hallplan.catalog;

import dev.hallplan.catalog.io.StrictUtf8;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads catalogs: the built-in one from this module's JSON resources, and user catalogs from
 * files the caller names, layered on top ({@code builtIn().overlay(user)}: same id overrides, new
 * id adds). A user file is JSON (any subset of the entry arrays) or, when its name ends in
 * {@code .csv}, a procurement price list updating prices of entries already loaded.
 * Loading is all or nothing: any problem in any file throws {@link CatalogLoadException} listing
 * every problem, and no catalog is returned.
 */
public final class CatalogLoader {
    /** Classpath folder of the built-in files, one per {@link CatalogKind#jsonArray()}. */
    public static final String BUILT_IN_FOLDER = "/dev/hallplan/catalog/builtin/";

    private CatalogLoader() {
    }

    /** The built-in catalog; loaded once. A broken built-in file is a bug: {@link IllegalStateException}. */
    public static Catalog builtIn() {
        return BuiltIn.CATALOG;
    }

    /**
     * The day the built-in figures were last reviewed against their sources ({@code edition.properties}
     * beside the built-in files). Cheap: reads one small resource, not the catalog.
     */
    public static java.time.LocalDate builtInEdition() {
        try (InputStream in = CatalogLoader.class.getResourceAsStream(BUILT_IN_FOLDER + "edition.properties")) {
            if (in == null) {
                throw new IllegalStateException("built-in catalog edition.properties is missing");
            }
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return java.time.LocalDate.parse(p.getProperty("date", "").strip());
        } catch (IOException | java.time.format.DateTimeParseException ex) {
            throw new IllegalStateException("built-in catalog edition.properties is unreadable", ex);
        }
    }

    /**
     * {@code base} with {@code files} layered on in order; a later file may price or reference
     * entries of an earlier one.
     *
     * @throws CatalogLoadException with every problem of every file, when there is any
     */
    public static Catalog load(Catalog base, List<Path> files) {
        CatalogLayering layering = new CatalogLayering(base);
        for (Path file : files) {
            readFile(layering, file);
        }
        if (!layering.problems().isEmpty()) {
            throw new CatalogLoadException(layering.problems());
        }
        return layering.catalog();
    }

    /** The built-in catalog with {@code files} layered on; see {@link #load(Catalog, List)}. */
    public static Catalog withUserFiles(List<Path> files) {
        return load(builtIn(), files);
    }

    static void readFile(CatalogLayering layering, Path file) {
        String text;
        try {
            text = StrictUtf8.decode(Files.readAllBytes(file));
        } catch (StrictUtf8.NotUtf8Exception ex) {
            layering.unreadable(file.toString(), ex.getMessage() + "; catalog files and price lists are UTF-8, save the file with that encoding");
            return;
        } catch (NoSuchFileException ex) {
            layering.unreadable(file.toString(), "cannot read the file: no such file");
            return;
        } catch (IOException | UncheckedIOException ex) {
            layering.unreadable(file.toString(), "cannot read the file: " + ex);
            return;
        }
        layering.add(file.toString(), text);
    }

    private static final class BuiltIn {
        static final Catalog CATALOG = load();

        private static Catalog load() {
            CatalogLayering layering = new CatalogLayering(Catalog.empty());
            // servers last: they reference accelerators and network devices
            List<CatalogKind> order = java.util.stream.Stream.concat(
                    java.util.Arrays.stream(CatalogKind.values()).filter(k -> k != CatalogKind.SERVER),
                    java.util.stream.Stream.of(CatalogKind.SERVER)).toList();
            for (CatalogKind kind : order) {
                String name = BUILT_IN_FOLDER + kind.jsonArray() + ".json";
                try (InputStream in = CatalogLoader.class.getResourceAsStream(name)) {
                    if (in == null) {
                        layering.unreadable("built-in " + name, "resource missing");
                        continue;
                    }
                    layering.add("built-in " + kind.jsonArray() + ".json", new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException ex) {
                    layering.unreadable("built-in " + name, "cannot read: " + ex);
                }
            }
            if (!layering.problems().isEmpty()) {
                throw new IllegalStateException("the built-in catalog is broken\n" + new CatalogLoadException(layering.problems()).getMessage());
            }
            return layering.catalog();
        }
    }
}
