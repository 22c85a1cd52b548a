package dev.hallplan.app.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.app.workspace.BackgroundTasks;
import dev.hallplan.app.workspace.Projects;
import dev.hallplan.engine.project.file.ProjectFiles;
import dev.hallplan.samples.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupFlowTest {
    @TempDir
    Path dir;

    private StartupFlow flow(DocumentFixture f) {
        return new StartupFlow(f.documents, f.recovery, f.dialogs, new BackgroundTasks(Runnable::run, Runnable::run), f.clock);
    }

    @Test
    void theFirstStartOpensTheDefaultSample() {
        DocumentFixture f = new DocumentFixture(dir);
        assertTrue(flow(f).run(Optional.empty()).join());
        assertEquals(Samples.load("default"), f.document.projectProperty().get());
        assertEquals(List.of(), f.dialogs.asked);
    }

    @Test
    void laterStartsOpenTheLastProjectAndAFileArgumentWins() throws Exception {
        Path last = dir.resolve("last" + ProjectFiles.SUFFIX);
        Path arg = dir.resolve("arg" + ProjectFiles.SUFFIX);
        Files.writeString(last, Samples.json("copilot-saas"));
        Files.writeString(arg, Samples.json("search-ranking"));
        DocumentFixture f = new DocumentFixture(dir);
        f.documents.recentFiles().add(last);
        flow(f).run(Optional.empty()).join();
        assertEquals(last, f.document.fileProperty().get());
        DocumentFixture g = new DocumentFixture(dir);
        flow(g).run(Optional.of(arg)).join();
        assertEquals(arg, g.document.fileProperty().get());
    }

    @Test
    void workLeftByAKilledSessionIsOfferedFirstAndRecoverOpensItUnsaved() throws Exception {
        Path original = dir.resolve("mine" + ProjectFiles.SUFFIX);
        new RecoveryStore(dir.resolve("recovery"), new RecoveryStore.Session(99, Instant.EPOCH), s -> false)
                .write(Projects.twoScenarios(), original, Instant.parse("2025-03-04T13:58:00Z"));
        DocumentFixture f = new DocumentFixture(dir);
        f.dialogs.recoverAnswers.add(true);
        assertTrue(flow(f).run(Optional.empty()).join());
        assertEquals(List.of("recover: Test project"), f.dialogs.asked);
        assertEquals(Projects.twoScenarios(), f.document.projectProperty().get());
        assertTrue(f.document.dirtyProperty().get(), "recovered work is unsaved until saved");
        assertEquals(original, f.document.fileProperty().get());
        assertFalse(Files.exists(dir.resolve("recovery").resolve("session-99.properties")), "taken over by this session");
    }

    @Test
    void discardDeletesTheCopyAndStartsNormally() throws Exception {
        new RecoveryStore(dir.resolve("recovery"), new RecoveryStore.Session(99, Instant.EPOCH), s -> false)
                .write(Projects.twoScenarios(), null, Instant.EPOCH);
        DocumentFixture f = new DocumentFixture(dir);
        f.dialogs.recoverAnswers.add(false);
        flow(f).run(Optional.empty()).join();
        assertEquals(Samples.load("default"), f.document.projectProperty().get());
        assertTrue(f.recovery.leftBehind().isEmpty());
    }

    @Test
    void recentFilesKeepTheTenNewest() throws Exception {
        DocumentFixture f = new DocumentFixture(dir);
        IntStream.range(0, 12).forEach(i -> f.documents.recentFiles().add(dir.resolve("p" + i + ProjectFiles.SUFFIX)));
        assertEquals(RecentFiles.MAX, f.documents.recentFiles().entries().size());
        assertEquals(dir.resolve("p11" + ProjectFiles.SUFFIX), f.documents.recentFiles().entries().get(0).file());
        assertEquals(10, new RecentFiles(f.services.settings()).entries().size(), "kept in the settings");
    }
}
