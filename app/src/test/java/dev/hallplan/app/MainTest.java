package dev.hallplan.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @Test
    void oneExistingProjectFileOpensTheDesktopAnythingElseIsTheCommandLine(@TempDir Path dir) throws Exception {
        Path project = Files.writeString(dir.resolve("hall.hallplan.json"), "{}");
        assertTrue(Main.opensAProject(new String[] {project.toString()}), "what a double-click passes");
        assertFalse(Main.opensAProject(new String[] {dir.resolve("missing.hallplan.json").toString()}),
                "a missing file goes to the command line, which says so");
        assertFalse(Main.opensAProject(new String[] {"validate", project.toString()}));
        assertFalse(Main.opensAProject(new String[] {"--version"}));
    }
}
