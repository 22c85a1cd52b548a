package dev.hallplan.catalog;

import dev.hallplan.catalog.io.StrictUtf8;
import dev.hallplan.catalog.snapshot.SnapshotClass;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * The built-in catalog parsed and validated from its JSON files, never from the build-time
     * snapshot: what {@link BuiltInSnapshotWriter} writes and what tests compare the snapshot with.
     */
    static Catalog parseBuiltIn() {
        return parseBuiltIn(builtInFiles());
    }

    /**
     * The built-in files, resource name -> text (null when missing), in load order: servers last,
     * they reference accelerators and network devices.
     */
    static Map<String, String> builtInFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        List<CatalogKind> order = java.util.stream.Stream.concat(
                java.util.Arrays.stream(CatalogKind.values()).filter(k -> k != CatalogKind.SERVER),
                java.util.stream.Stream.of(CatalogKind.SERVER)).toList();
        for (CatalogKind kind : order) {
            String name = BUILT_IN_FOLDER + kind.jsonArray() + ".json";
            try (InputStream in = CatalogLoader.class.getResourceAsStream(name)) {
                files.put(name, in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException ex) {
                throw new IllegalStateException("the built-in catalog is broken: cannot read " + name + ": " + ex, ex);
            }
        }
        return files;
    }

    private static Catalog parseBuiltIn(Map<String, String> files) {
        CatalogLayering layering = new CatalogLayering(Catalog.empty());
        files.forEach((name, text) -> {
            if (text == null) {
                layering.unreadable("built-in " + name, "resource missing");
            } else {
                layering.add("built-in " + name.substring(BUILT_IN_FOLDER.length()), text);
            }
        });
        if (!layering.problems().isEmpty()) {
            throw new IllegalStateException("the built-in catalog is broken\n" + new CatalogLoadException(layering.problems()).getMessage());
        }
        return layering.catalog();
    }

    private static final class BuiltIn {
        static final Catalog CATALOG = load();

        /**
         * The build-time snapshot (constructors instead of parsing and validating JSON, ~10x less
         * start-up work) when it was written from exactly these files; the files otherwise, e.g. in
         * an IDE build that did not run the snapshot step.
         */
        private static Catalog load() {
            Map<String, String> files = builtInFiles();
            Catalog snapshot = BuiltInSnapshotWriter.readSnapshot(SnapshotClass.checksum(files));
            return snapshot != null ? snapshot : parseBuiltIn(files);
        }
    }
}
