package dev.hallplan.app.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.app.workspace.ProjectEdits;
import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.app.workspace.Projects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaveTest {
    @TempDir
    Path dir;

    @Test
    void writesACopyOnlyWhileDirtyAndOnlyWhenChangedAndRemovesItWhenCleanAgain() throws Exception {
        ProjectViewModel document = new ProjectViewModel();
        List<String> writes = new ArrayList<>();
        RecoveryStore store = new RecoveryStore(dir, new RecoveryStore.Session(7, Instant.EPOCH), s -> false);
        Autosave autosave = new Autosave(document, store, task -> {
            writes.add("task");
            task.run();
        }, Runnable::run, Clock.fixed(Instant.parse("2025-03-04T14:03:00Z"), ZoneOffset.UTC));
        Path copy = dir.resolve("session-7.hallplan.json");

        document.open(Projects.twoScenarios(), Path.of("/p/x.hallplan.json"), true);
        autosave.tick();
        assertEquals(List.of(), writes, "nothing unsaved: nothing written");

        document.apply(ProjectEdits.renameProject("Unsaved"));
        autosave.tick();
        autosave.tick();
        assertEquals(1, writes.size(), "unchanged since the last copy: written once");
        assertTrue(Files.readString(copy).contains("Unsaved"));
        assertEquals("Recovery copy saved 14:03", autosave.statusProperty().get());

        document.undo();
        autosave.tick();
        assertTrue(Files.notExists(copy), "back at the saved state: the copy goes");
    }
}
