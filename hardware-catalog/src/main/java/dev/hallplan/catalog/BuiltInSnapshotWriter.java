package dev.hallplan.catalog;

import dev.hallplan.catalog.snapshot.SnapshotClass;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The build-time snapshot of the built-in catalog ({@link SnapshotClass}): the build runs
 * {@link #main} after compiling this module; it parses and validates the built-in JSON files the
 * normal way and writes {@value #CLASS_NAME}, which constructs the same records directly. The
 * snapshot is as validated as the files: it exists only if they loaded without a problem, and
 * every record's constructor checks its invariants again.
 */
final class BuiltInSnapshotWriter {
    static final String CLASS_NAME = "dev.hallplan.catalog.BuiltInCatalogSnapshot";

    private BuiltInSnapshotWriter() {
    }

    /** Writes the snapshot's source under the generated-sources root {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BuiltInSnapshotWriter GENERATED_SOURCES_DIR");
        }
        SnapshotClass.write(Path.of(args[0]), CLASS_NAME,
                source(CatalogLoader.parseBuiltIn(), SnapshotClass.checksum(CatalogLoader.builtInFiles())));
    }

    static String source(Catalog catalog, long checksum) {
        List<Object> entries = new ArrayList<>();
        for (CatalogKind kind : CatalogKind.values()) {
            entries.addAll(catalog.entries(kind));
        }
        return SnapshotClass.source(CLASS_NAME, BuiltInSnapshotWriter.class.getSimpleName() + " from the built-in catalog files",
                checksum, entries);
    }

    /** The snapshot's catalog if the build wrote one from files with {@code checksum}; null otherwise. */
    static Catalog readSnapshot(long checksum) {
        List<Object> entries = SnapshotClass.read(CLASS_NAME, checksum);
        if (entries == null) {
            return null;
        }
        Catalog.Builder b = Catalog.builder();
        entries.forEach(e -> b.add((CatalogEntry) e));
        return b.build();
    }
}
