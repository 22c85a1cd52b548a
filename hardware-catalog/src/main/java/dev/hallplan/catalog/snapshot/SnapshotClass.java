package dev.hallplan.catalog.snapshot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.CRC32;

/**
 * A build-time snapshot of data read from resource files (docs/performance.md, "Start-up"): a
 * generated class whose {@code get()} returns the items, built by constructors
 * ({@link RecordSource}), and whose {@code SOURCE_CRC32} is the checksum of the files they were
 * read from. The build writes it after parsing and validating the files the normal way; at run
 * time {@link #read} returns the items only when the files still have that checksum, so an
 * edited file is never hidden behind an old snapshot, and a build without the snapshot step
 * (an IDE) falls back to parsing.
 */
public final class SnapshotClass {
    private SnapshotClass() {
    }

    /** The CRC-32 of the files' names and texts (null: a missing file), in order. */
    public static long checksum(Map<String, String> files) {
        CRC32 crc = new CRC32();
        files.forEach((name, text) -> {
            crc.update(name.getBytes(StandardCharsets.UTF_8));
            crc.update(0);
            crc.update(text == null ? new byte[] {1} : text.getBytes(StandardCharsets.UTF_8));
            crc.update(0);
        });
        return crc.getValue();
    }

    /**
     * The items of the snapshot class {@code className} if the build wrote one from files with
     * {@code checksum}; null when there is no such class or it came from other files.
     *
     * @throws IllegalStateException when the class exists but is not a snapshot
     */
    @SuppressWarnings("unchecked")
    public static List<Object> read(String className, long checksum) {
        Class<?> type;
        try {
            type = Class.forName(className);
        } catch (ClassNotFoundException ex) {
            return null;
        }
        try {
            if (type.getField("SOURCE_CRC32").getLong(null) != checksum) {
                return null;
            }
            return ((Supplier<List<Object>>) type.getConstructor().newInstance()).get();
        } catch (ReflectiveOperationException | ClassCastException ex) {
            throw new IllegalStateException("the snapshot class " + className + " is unusable", ex);
        }
    }

    /**
     * The source of the snapshot class {@code className} holding {@code items} in order, one method
     * per item (so no method nears the JVM's 64 KB limit).
     */
    public static String source(String className, String writer, long checksum, List<?> items) {
        int dot = className.lastIndexOf('.');
        StringBuilder calls = new StringBuilder();
        StringBuilder methods = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            calls.append(i == 0 ? "" : ",\n").append("                e").append(i).append("()");
            methods.append("\n    private static Object e").append(i).append("() {\n        return ")
                    .append(RecordSource.expression(items.get(i))).append(";\n    }\n");
        }
        return "package " + className.substring(0, dot) + ";\n\n"
                + "/** Generated at build time by " + writer + ": do not edit (dev.hallplan.catalog.snapshot.SnapshotClass). */\n"
                + "public final class " + className.substring(dot + 1) + " implements java.util.function.Supplier<java.util.List<Object>> {\n"
                + "    /** The CRC-32 of the files this snapshot was written from. */\n"
                + "    public static final long SOURCE_CRC32 = " + checksum + "L;\n\n"
                + "    @Override\n"
                + "    public java.util.List<Object> get() {\n"
                + "        return " + SnapshotValues.class.getCanonicalName() + ".list(\n"
                + calls + ");\n"
                + "    }\n"
                + methods
                + "}\n";
    }

    /** Writes {@code source} of {@code className} under the generated-sources root {@code root}. */
    public static void write(Path root, String className, String source) throws IOException {
        Path file = root.resolve(className.replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source, StandardCharsets.US_ASCII);
    }
}
