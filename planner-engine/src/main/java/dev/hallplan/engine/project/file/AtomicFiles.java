package dev.hallplan.engine.project.file;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;

/**
 * Replaces a file's content so that readers see either the old bytes or the new, never a mix:
 * the content goes to a temporary sibling, is forced to disk, and is renamed over the target.
 * Used for project files and for exported reports.
 */
public final class AtomicFiles {
    /** Writes a file's whole content to a stream. */
    @FunctionalInterface
    public interface ContentWriter {
        void write(OutputStream out) throws IOException;
    }

    /** Called after half of the content reached the temporary file; tests make it throw to simulate a crash mid-write. */
    interface MidWriteHook {
        void afterPartialWrite(Path tempFile) throws IOException;
    }

    static final MidWriteHook NO_HOOK = tempFile -> { };
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    static void write(Path target, byte[] content, MidWriteHook hook) throws IOException {
        replace(target, (ch, temp) -> {
            int half = content.length / 2;
            writeFully(ch, ByteBuffer.wrap(content, 0, half));
            hook.afterPartialWrite(temp);
            writeFully(ch, ByteBuffer.wrap(content, half, content.length - half));
        });
    }

    /**
     * Writes {@code target} atomically from a stream; the directory must exist.
     *
     * @throws IOException when writing fails (the old file, if any, is left as it was)
     */
    public static void write(Path target, ContentWriter writer) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("output directory does not exist: " + dir);
        }
        replace(target, (ch, temp) -> {
            OutputStream out = Channels.newOutputStream(ch);
            writer.write(out);
            out.flush();
        });
    }

    private interface ChannelWriter {
        void write(FileChannel ch, Path temp) throws IOException;
    }

    private static void replace(Path target, ChannelWriter writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        // Not Files.createTempFile: it makes the file owner-only (0600), which the saved file would inherit.
        Path temp = dir.resolve("." + absolute.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)) {
                writer.write(ch, temp);
                ch.force(true);
            }
            keepPermissions(absolute, temp);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException ex) {
                throw new IOException("cannot save " + target + " atomically: the file system does not support atomic rename", ex);
            }
        } catch (IOException | RuntimeException ex) {
            Files.deleteIfExists(temp);
            throw ex;
        }
        forceDirectory(dir);
    }

    /** A replaced file keeps its POSIX permissions; a new one gets the process's default (umask). */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (Files.exists(target) && Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        }
    }

    private static void writeFully(FileChannel ch, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    }

    /** Makes the rename durable where the platform allows opening a directory (POSIX); a no-op elsewhere. */
    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ex) {
            // Windows cannot open directories; the rename itself is still atomic.
        }
    }
}
