package dev.hallplan.engine.project.file;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Turns the JDK's terse I/O exceptions (whose message is often just a path, e.g. a
 * {@link NoSuchFileException} saying {@code /x/.out.json.36f9.tmp}) into sentences that say what
 * failed and why: {@code cannot write /x/out.json: directory /x does not exist}.
 */
public final class IoMessages {
    private IoMessages() {
    }

    /** {@code ex} as an {@link IOException} whose message reads "cannot read FILE: why". */
    public static IOException reading(Path file, IOException ex) {
        return new IOException("cannot read " + file + ": " + why(file, ex), ex);
    }

    /** {@code ex} as an {@link IOException} whose message reads "cannot write FILE: why". */
    public static IOException writing(Path file, IOException ex) {
        return new IOException("cannot write " + file + ": " + why(file, ex), ex);
    }

    /** Why an operation on {@code file} failed, for people; names the directory when that is the cause. */
    static String why(Path file, IOException ex) {
        Path dir = file.toAbsolutePath().getParent();
        if (ex instanceof NoSuchFileException) {
            return dir != null && !Files.isDirectory(dir) ? "directory " + dir + " does not exist" : "no such file";
        }
        if (ex instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (ex instanceof NotDirectoryException) {
            return "a part of the path is not a directory";
        }
        if (ex instanceof FileAlreadyExistsException) {
            return "a file of that name appeared while writing";
        }
        if (ex instanceof DirectoryNotEmptyException) {
            return "it is a directory";
        }
        if (ex instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        String message = ex.getMessage();
        return message == null || message.isBlank() ? ex.getClass().getSimpleName() : message;
    }
}
