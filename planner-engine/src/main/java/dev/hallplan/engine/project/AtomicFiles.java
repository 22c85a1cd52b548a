package dev.hallplan.engine.project;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;

/** Replaces a file's content so that readers see either the old bytes or the new, never a mix. */
final class AtomicFiles {
    /** Called after half of the content reached the temporary file; tests make it throw to simulate a crash mid-write. */
    interface MidWriteHook {
        void afterPartialWrite(Path tempFile) throws IOException;
    }

    static final MidWriteHook NO_HOOK = tempFile -> { };
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    static void write(Path target, byte[] content, MidWriteHook hook) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        // Not Files.createTempFile: it makes the file owner-only (0600), which the saved project would inherit.
        Path temp = dir.resolve("." + absolute.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)) {
                int half = content.length / 2;
                writeFully(ch, ByteBuffer.wrap(content, 0, half));
                hook.afterPartialWrite(temp);
                writeFully(ch, ByteBuffer.wrap(content, half, content.length - half));
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
