package dev.hallplan.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.file.ProjectFiles;
import dev.hallplan.samples.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupStateTest {
    @Test
    void aProjectFileGivenAtStartIsWhatTheWindowShows(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("copilot.hallplan.json"), Samples.json("copilot-saas"));
        Project opened = OpenedProject.load(file);
        assertEquals(ProjectFiles.load(file), opened);
        StartupState state = new StartupState(Runnable::run, Runnable::run, opened);
        assertTrue(state.title().contains(opened.name()), state.title());
        assertEquals(opened.scenarios().get(0).halls().get(0).racks().count(), state.hall.tiles().size());
    }
}
