package dev.hallplan.app.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.app.workspace.Projects;
import dev.hallplan.engine.project.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {
    @TempDir
    Path dir;

    private RecoveryStore session(long pid, Set<Long> running) {
        return new RecoveryStore(dir, new RecoveryStore.Session(pid, Instant.EPOCH), s -> running.contains(s.pid()));
    }

    @Test
    void onlyCopiesOfSessionsNoLongerRunningAreOfferedNewestFirst() throws Exception {
        Project p = Projects.twoScenarios();
        session(11, Set.of()).write(p, Path.of("/work/a.hallplan.json"), Instant.parse("2025-01-01T10:00:00Z"));
        session(12, Set.of()).write(p, null, Instant.parse("2025-01-01T11:00:00Z"));
        session(13, Set.of()).write(p, null, Instant.parse("2025-01-01T12:00:00Z"));

        List<RecoveryStore.Recovery> left = session(20, Set.of(13L)).leftBehind();

        assertEquals(2, left.size(), "13 still runs: its copy is not left behind");
        assertEquals(Instant.parse("2025-01-01T11:00:00Z"), left.get(0).savedAt());
        assertEquals(Path.of("/work/a.hallplan.json"), left.get(1).originalFile());
        assertEquals(p, session(20, Set.of()).load(left.get(1)));
    }

    @Test
    void clearRemovesOnlyTheOwnCopyAndDiscardRemovesARecoveredOne() throws Exception {
        Project p = Projects.twoScenarios();
        RecoveryStore mine = session(20, Set.of());
        mine.write(p, null, Instant.EPOCH);
        session(11, Set.of()).write(p, null, Instant.EPOCH);
        mine.clear();
        List<RecoveryStore.Recovery> left = mine.leftBehind();
        assertEquals(1, left.size());
        mine.discard(left.get(0));
        try (var files = Files.list(dir)) {
            assertTrue(files.findAny().isEmpty());
        }
    }

    @Test
    void theRealSessionOfThisProcessIsRunning() {
        assertTrue(RecoveryStore.Session.isRunning(RecoveryStore.Session.current()));
        assertTrue(!RecoveryStore.Session.isRunning(new RecoveryStore.Session(ProcessHandle.current().pid(), Instant.EPOCH)),
                "same pid, other start time: a process that ended");
    }
}
