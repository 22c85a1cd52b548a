package dev.hallplan.engine.project.file;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
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
 * Used for project files and for exported reports. Only a regular file or a new path is ever
 * replaced, never a directory, device, FIFO or socket; a symbolic link is followed and its target
 * replaced, the link kept. Temporary files of HallPlan's own naming ({@code .NAME.<16 hex>.tmp})
 * left by a killed save are removed by the next save to the same directory.
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

    /**
     * Checks, before any work is done, that {@code target} can be written: its directory exists
     * and takes new files, and the target is absent or a regular file (after following symbolic
     * links). Creates and removes one empty temporary file to be sure.
     *
     * @throws IOException saying what is wrong, e.g. {@code cannot write /x/out.json: directory /x does not exist}
     */
    public static void checkWritable(Path target) throws IOException {
        Path resolved = WriteTarget.resolve(target);
        Path probe = tempFor(resolved);
        try {
            Files.newByteChannel(probe, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW).close();
            Files.delete(probe);
        } catch (IOException ex) {
            throw IoMessages.writing(target, ex);
        }
    }

    /** Writes {@code target} atomically with {@code content}. */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, NO_HOOK);
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
        Path resolved = WriteTarget.resolve(target);
        Path dir = resolved.getParent();
        StrayTempFiles.removeIn(dir);
        // Not Files.createTempFile: it makes the file owner-only (0600), which the saved file would inherit.
        Path temp = tempFor(resolved);
        try {
            // the lock marks the temporary file as in use until it is renamed, so no other save removes it as a stray
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW);
                 FileLock lock = ch.tryLock()) {
                writer.write(ch, temp);
                ch.force(true);
                keepPermissions(resolved, temp);
                try {
                    Files.move(temp, resolved, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException ex) {
                    throw new IOException("cannot write " + target + " atomically: the file system does not support atomic rename", ex);
                }
            }
        } catch (IOException ex) {
            Files.deleteIfExists(temp);
            throw WriteTarget.saysWhatFailed(ex) ? ex : IoMessages.writing(target, ex);
        } catch (RuntimeException ex) {
            Files.deleteIfExists(temp);
            throw ex;
        }
        forceDirectory(dir);
    }

    /** A fresh temporary sibling name of HallPlan's own pattern (see {@link StrayTempFiles}). */
    private static Path tempFor(Path resolved) {
        return resolved.resolveSibling(String.format("%s%s.%016x%s", StrayTempFiles.PREFIX, resolved.getFileName(), RANDOM.nextLong(),
                StrayTempFiles.SUFFIX));
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
