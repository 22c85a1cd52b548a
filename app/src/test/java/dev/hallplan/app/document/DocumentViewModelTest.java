package dev.hallplan.app.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.app.services.Dialogs.SaveChoice;
import dev.hallplan.app.workspace.ProjectEdits;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.file.ProjectFiles;
import dev.hallplan.engine.project.file.ProjectProblem;
import dev.hallplan.samples.Samples;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentViewModelTest {
    @TempDir
    Path dir;

    private Path sampleCopy(String name) throws Exception {
        Path file = dir.resolve(name + ProjectFiles.SUFFIX);
        Files.writeString(file, Samples.json("default"));
        return file;
    }

    private Path badFile() throws Exception {
        Path file = dir.resolve("many-problems.hallplan.json");
        try (InputStream in = getClass().getResourceAsStream("/dev/hallplan/app/cli/many-problems.hallplan.json")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void openingAFileWithErrorsListsThemWithPathsAndLeavesTheOpenProjectAsItWas() throws Exception {
        DocumentFixture f = new DocumentFixture(dir);
        assertTrue(f.documents.open(sampleCopy("good")).join());
        f.document.apply(ProjectEdits.renameProject("Edited"));
        Project before = f.document.projectProperty().get();

        assertFalse(f.documents.open(badFile()).join());

        assertSame(before, f.document.projectProperty().get());
        assertTrue(f.document.dirtyProperty().get(), "the unsaved edit is still there");
        assertTrue(f.dialogs.lastProblems.size() > 3, f.dialogs.lastProblems.toString());
        assertTrue(f.dialogs.lastProblems.stream().allMatch(p -> p.jsonPath().startsWith("$")));
        assertFalse(f.dialogs.asked.contains("save changes: Edited"), "nothing to ask: the bad file never replaces it");
    }

    @Test
    void aFileWithWarningsOnlyOpensWhenTheUserSaysSo() throws Exception {
        Path file = sampleCopy("warned");
        Project p = ProjectFiles.load(file);
        var s = p.scenarios().get(0);
        var w = s.workloads().get(0);
        // a workload no hall may host: a warning, not an error
        var exiled = new dev.hallplan.engine.project.Workload(w.id(), w.name(), w.modelId(), w.engineId(),
                w.substituteModelIds(), w.demand(), w.requestShape(), w.slo(), java.util.Set.of("Mars"),
                w.requiredCompliance(), w.tenant(), w.isolation(), w.minPrecision(), w.priority(), w.deferrableShare(),
                w.userRegion());
        ProjectFiles.save(p.withScenario(s.withWorkloads(List.of(exiled))), file);
        DocumentFixture f = new DocumentFixture(dir);
        f.dialogs.openAnyway.add(false);
        assertFalse(f.documents.open(file).join());
        assertNull(f.document.projectProperty().get());
        assertTrue(f.dialogs.lastProblems.stream().noneMatch(ProjectProblem::isError));
        f.dialogs.openAnyway.add(true);
        assertTrue(f.documents.open(file).join());
        assertEquals(file, f.document.fileProperty().get());
    }

    @Test
    void saveWritesWhatTheModelHoldsAndClearsTheDirtyMarkerAndTheRecoveryCopy() throws Exception {
        DocumentFixture f = new DocumentFixture(dir);
        Path file = sampleCopy("saved");
        f.documents.open(file).join();
        f.document.apply(ProjectEdits.renameProject("Saved name"));
        f.autosave.tick();
        assertEquals(1, Files.list(dir.resolve("recovery")).filter(p -> p.toString().endsWith(".json")).count());
        assertTrue(f.documents.save().join());
        assertFalse(f.document.dirtyProperty().get());
        assertEquals(ProjectFiles.toJson(f.document.projectProperty().get()), Files.readString(file));
        assertEquals(0, Files.list(dir.resolve("recovery")).count(), "a normal save removes the recovery copy");
        assertEquals(file.toAbsolutePath(), f.documents.recentFiles().entries().get(0).file());
    }

    @Test
    void aNewProjectAsksWhereOnFirstSaveAndAddsTheSuffix() throws Exception {
        DocumentFixture f = new DocumentFixture(dir);
        f.documents.newEmpty().join();
        f.files.choices.add(dir.resolve("mine"));
        assertTrue(f.documents.save().join());
        assertEquals(dir.resolve("mine.hallplan.json"), f.document.fileProperty().get());
        assertEquals(List.of("save PROJECT untitled-project.hallplan.json"), f.files.asked);
        assertEquals(f.document.projectProperty().get(), ProjectFiles.load(dir.resolve("mine.hallplan.json")));
    }

    @Test
    void unsavedChangesAreAskedAboutAndCancelKeepsTheProject() throws Exception {
        DocumentFixture f = new DocumentFixture(dir);
        f.documents.open(sampleCopy("first")).join();
        f.document.apply(ProjectEdits.renameProject("Changed"));
        f.dialogs.saveChoices.add(SaveChoice.CANCEL);
        assertFalse(f.documents.close().join());
        assertEquals("Changed", f.document.projectProperty().get().name());
        f.dialogs.saveChoices.add(SaveChoice.DISCARD);
        assertTrue(f.documents.newFromSample("copilot-saas").join());
        assertEquals(Samples.load("copilot-saas"), f.document.projectProperty().get());
        assertNull(f.document.fileProperty().get());
    }

    @Test
    void saveChosenAtTheQuestionSavesBeforeGoingOn() throws Exception {
        DocumentFixture f = new DocumentFixture(dir);
        Path file = sampleCopy("kept");
        f.documents.open(file).join();
        f.document.apply(ProjectEdits.renameProject("Kept"));
        f.dialogs.saveChoices.add(SaveChoice.SAVE);
        assertTrue(f.documents.close().join());
        assertNull(f.document.projectProperty().get());
        assertEquals("Kept", ProjectFiles.load(file).name());
    }

    @Test
    void aMissingRecentFileIsOfferedForRemoval() throws Exception {
        DocumentFixture f = new DocumentFixture(dir);
        Path file = sampleCopy("gone");
        f.documents.open(file).join();
        Files.delete(file);
        f.documents.recentFiles().refresh();
        assertFalse(f.documents.recentFiles().entries().get(0).exists());
        f.dialogs.confirmations.add(true);
        assertFalse(f.documents.openRecent(file.toAbsolutePath()).join());
        assertTrue(f.documents.recentFiles().entries().isEmpty());
    }
}
