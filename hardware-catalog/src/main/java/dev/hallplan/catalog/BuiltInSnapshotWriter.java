package dev.hallplan.catalog;

import dev.hallplan.catalog.snapshot.RecordSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.CRC32;

/**
 * The build-time snapshot of the built-in catalog (docs/performance.md, "Start-up"): the build
 * runs {@link #main} after compiling this module; it parses and validates the built-in JSON files
 * the normal way and writes {@value #CLASS_NAME}, a class that constructs the same records
 * directly, with the CRC-32 of the files it came from. At run time {@link #readSnapshot} returns
 * that catalog only when the files still have that checksum, so an edited file is never hidden
 * behind an old snapshot. The snapshot is as validated as the files: it exists only if they
 * loaded without a problem, and every record's constructor checks its invariants again.
 */
final class BuiltInSnapshotWriter {
    static final String CLASS_NAME = "dev.hallplan.catalog.BuiltInCatalogSnapshot";

    private BuiltInSnapshotWriter() {
    }

    /** Writes the snapshot's source into the folder {@code args[0]} (a generated-sources root). */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BuiltInSnapshotWriter GENERATED_SOURCES_DIR");
        }
        Map<String, String> files = CatalogLoader.builtInFiles();
        String source = source(CatalogLoader.parseBuiltIn(), checksum(files));
        Path file = Path.of(args[0]).resolve(CLASS_NAME.replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source, StandardCharsets.US_ASCII);
    }

    /** The CRC-32 of the files' names and texts, in order. */
    static long checksum(Map<String, String> files) {
        CRC32 crc = new CRC32();
        files.forEach((name, text) -> {
            crc.update(name.getBytes(StandardCharsets.UTF_8));
            crc.update(0);
            crc.update(text == null ? new byte[] {1} : text.getBytes(StandardCharsets.UTF_8));
            crc.update(0);
        });
        return crc.getValue();
    }

    /** The snapshot's catalog if the build wrote one from files with {@code checksum}; null otherwise. */
    @SuppressWarnings("unchecked")
    static Catalog readSnapshot(long checksum) {
        Class<?> type;
        try {
            type = Class.forName(CLASS_NAME);
        } catch (ClassNotFoundException ex) {
            return null;
        }
        try {
            if (type.getDeclaredField("SOURCE_CRC32").getLong(null) != checksum) {
                return null;
            }
            return ((Supplier<Catalog>) type.getDeclaredConstructor().newInstance()).get();
        } catch (ReflectiveOperationException | ClassCastException ex) {
            throw new IllegalStateException("the built-in catalog snapshot " + CLASS_NAME + " is unusable", ex);
        }
    }

    /** The snapshot class's source: one method per entry (methods stay far below the JVM's 64 KB limit). */
    static String source(Catalog catalog, long checksum) {
        StringBuilder adds = new StringBuilder();
        StringBuilder methods = new StringBuilder();
        int n = 0;
        for (CatalogKind kind : CatalogKind.values()) {
            for (Object entry : catalog.entries(kind)) {
                String type = entry.getClass().getCanonicalName();
                adds.append("        b.add(e").append(n).append("());\n");
                methods.append("\n    private static ").append(type).append(" e").append(n).append("() {\n        return ")
                        .append(RecordSource.expression(entry)).append(";\n    }\n");
                n++;
            }
        }
        return "package dev.hallplan.catalog;\n\n"
                + "/** Generated at build time by BuiltInSnapshotWriter from the built-in catalog files: do not edit. */\n"
                + "final class BuiltInCatalogSnapshot implements java.util.function.Supplier<Catalog> {\n"
                + "    /** The CRC-32 of the files this snapshot was written from. */\n"
                + "    static final long SOURCE_CRC32 = " + checksum + "L;\n\n"
                + "    @Override\n"
                + "    public Catalog get() {\n"
                + "        Catalog.Builder b = Catalog.builder();\n"
                + adds
                + "        return b.build();\n"
                + "    }\n"
                + methods
                + "}\n";
    }
}
