package dev.hallplan.engine.project.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Where a save really goes and whether it may go there: symbolic links are followed to their
 * target (which is replaced; the link stays), and the target must be absent or a regular file in
 * an existing directory. Refusals are {@link IOException}s whose message says what is wrong.
 */
final class WriteTarget {
    private static final int MAX_LINKS = 40;

    private WriteTarget() {
    }

    /** The absolute path a save of {@code target} replaces; throws when that is not allowed. */
    static Path resolve(Path target) throws IOException {
        Path p = target.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == MAX_LINKS) {
                throw refused(target, "too many levels of symbolic links");
            }
            p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
        }
        Path dir = p.getParent();
        if (dir == null || !Files.exists(dir)) {
            throw refused(target, "directory " + dir + " does not exist");
        }
        if (!Files.isDirectory(dir)) {
            throw refused(target, dir + " is not a directory");
        }
        if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (a.isDirectory()) {
                throw refused(target, "it is a directory");
            }
            if (!a.isRegularFile()) {
                throw refused(target, (p.equals(target.toAbsolutePath()) ? "" : p + " ")
                        + "is a device, FIFO or socket, not a regular file; HallPlan replaces only regular files");
            }
            if (!Files.isWritable(p)) {
                throw refused(target, "the file is read-only");
            }
        }
        return p;
    }

    /** True when {@code ex} already says which file could not be written and why. */
    static boolean saysWhatFailed(IOException ex) {
        return ex.getMessage() != null && ex.getMessage().startsWith("cannot write ");
    }

    private static IOException refused(Path target, String why) {
        return new IOException("cannot write " + target + ": " + why);
    }
}
