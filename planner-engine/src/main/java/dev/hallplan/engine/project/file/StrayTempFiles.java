package dev.hallplan.engine.project.file;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Temporary files of HallPlan's own naming, {@code .NAME.<16 hex digits>.tmp}, that a save killed
 * between writing and renaming left behind. A save in progress holds a lock on its temporary file;
 * a stray one is unlocked (the operating system drops locks of a dead process), so the next save
 * to the directory removes it. Files that are locked, not regular, or not of this exact pattern are
 * left alone; failures to clean up never fail a save. A directory is looked through at most once a
 * minute per process: a sweep writes thousands of files into one directory, and listing it for
 * each would cost more than the writes.
 */
final class StrayTempFiles {
    static final String PREFIX = ".";
    static final String SUFFIX = ".tmp";
    private static final Pattern OWN_NAME = Pattern.compile("\\..+\\.[0-9a-f]{16}\\.tmp");
    private static final long RECHECK_NANOS = 60_000_000_000L;
    private static final Map<Path, Long> LAST_LOOKED = new ConcurrentHashMap<>();

    private StrayTempFiles() {
    }

    /** True for names of HallPlan's temporary files. */
    static boolean isOwnName(String fileName) {
        return OWN_NAME.matcher(fileName).matches();
    }

    /** Removes the unlocked HallPlan temporary files in {@code dir}, unless it was looked through in the last minute; returns how many. */
    static int removeIn(Path dir) {
        long now = System.nanoTime();
        Long last = LAST_LOOKED.put(dir.toAbsolutePath(), now);
        if (last != null && now - last < RECHECK_NANOS) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, p -> isOwnName(p.getFileName().toString()))) {
            for (Path p : entries) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && removeIfUnlocked(p)) {
                    removed++;
                }
            }
        } catch (IOException | RuntimeException ex) {
            // cleaning up is a courtesy; the save goes on
        }
        return removed;
    }

    private static boolean removeIfUnlocked(Path p) {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            FileLock lock = ch.tryLock();
            if (lock == null) {
                return false; // another process is saving through it
            }
            try {
                Files.delete(p);
                return true;
            } finally {
                lock.release();
            }
        } catch (OverlappingFileLockException ex) {
            return false; // a save in this process is writing it
        } catch (IOException ex) {
            return false;
        }
    }
}
