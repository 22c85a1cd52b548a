package dev.hallplan.engine.project.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Safe writes (issue 15): only regular files or new paths are replaced, links are followed, strays are cleaned up. */
class AtomicFilesTest {
    private static final byte[] NEW = "new content\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    /** Runs a shell tool (mkfifo, mknod); false when it is missing or not permitted here. */
    private static boolean run(String... command) throws InterruptedException {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException ex) {
            return false;
        }
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writeRefusesAFifoAndLeavesIt() throws Exception {
        Path fifo = dir.resolve("out.pdf");
        assumeTrue(run("mkfifo", fifo.toString()), "mkfifo");
        IOException ex = assertThrows(IOException.class, () -> AtomicFiles.write(fifo, NEW));
        assertEquals("cannot write " + fifo + ": is a device, FIFO or socket, not a regular file; HallPlan replaces only regular files",
                ex.getMessage());
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "the FIFO is still there");
        assertEquals(List.of("out.pdf"), names(), "no temporary file left");
    }

    @Test
    void writeRefusesADeviceNodeAndLeavesIt() throws Exception {
        // a character device like /dev/null, made inside the test's own directory (needs root, as in the reported case)
        Path device = dir.resolve("null.pdf");
        assumeTrue(run("mknod", device.toString(), "c", "1", "3"), "mknod needs root");
        assertThrows(IOException.class, () -> AtomicFiles.write(device, NEW));
        assertFalse(Files.isRegularFile(device), "the device node was not replaced by a regular file");
        assertThrows(IOException.class, () -> AtomicFiles.checkWritable(device));
    }

    @Test
    void writeRefusesADirectory() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("out.xlsx"));
        IOException ex = assertThrows(IOException.class, () -> AtomicFiles.write(sub, NEW));
        assertEquals("cannot write " + sub + ": it is a directory", ex.getMessage());
    }

    @Test
    void writeFollowsASymbolicLinkAndKeepsIt() throws Exception {
        Path real = Files.writeString(dir.resolve("real.hallplan.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.hallplan.json"), real.getFileName());
        AtomicFiles.write(link, NEW);
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertArrayEquals(NEW, Files.readAllBytes(real), "its target holds the new content");
    }

    @Test
    void writeThroughADanglingLinkCreatesItsTarget() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("target.json"));
        AtomicFiles.write(link, NEW);
        assertTrue(Files.isSymbolicLink(link));
        assertArrayEquals(NEW, Files.readAllBytes(dir.resolve("target.json")));
    }

    @Test
    void writeSaysWhichDirectoryIsMissing() {
        Path out = dir.resolve("x").resolve("out.json");
        IOException ex = assertThrows(IOException.class, () -> AtomicFiles.write(out, NEW));
        assertEquals("cannot write " + out + ": directory " + dir.resolve("x") + " does not exist", ex.getMessage());
        IOException early = assertThrows(IOException.class, () -> AtomicFiles.checkWritable(out));
        assertEquals(ex.getMessage(), early.getMessage());
    }

    @Test
    void checkWritableLeavesNothingBehind() throws Exception {
        AtomicFiles.checkWritable(dir.resolve("new.hallplan.json"));
        assertEquals(List.of(), names());
    }

    @Test
    void writeRemovesStrayTemporaryFilesOfItsOwnNamingOnly() throws Exception {
        Path stray = Files.writeString(dir.resolve(".p.hallplan.json.0123456789abcdef.tmp"), "half a save");
        Path other = Files.writeString(dir.resolve(".notes.tmp"), "not ours");
        Path user = Files.writeString(dir.resolve("p.hallplan.json.0123456789abcdef.tmp"), "no leading dot: not ours");
        AtomicFiles.write(dir.resolve("p.hallplan.json"), NEW);
        assertFalse(Files.exists(stray), "the stray of a killed save is gone");
        assertTrue(Files.exists(other) && Files.exists(user), "other files stay");
        assertEquals(List.of(".notes.tmp", "p.hallplan.json", "p.hallplan.json.0123456789abcdef.tmp"), names());
    }

    @Test
    void writeLeavesATemporaryFileThatIsLockedByASaveInProgress() throws Exception {
        Path busy = Files.writeString(dir.resolve(".q.hallplan.json.fedcba9876543210.tmp"), "being written");
        try (FileChannel ch = FileChannel.open(busy, StandardOpenOption.WRITE); FileLock lock = ch.lock()) {
            assertTrue(lock.isValid());
            AtomicFiles.write(dir.resolve("p.hallplan.json"), NEW);
            assertTrue(Files.exists(busy, LinkOption.NOFOLLOW_LINKS), "a locked temporary file belongs to a save in progress");
        }
    }
}
