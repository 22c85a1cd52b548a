package dev.hallplan.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.engine.project.Project;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectViewModelTest {
    private final ProjectViewModel vm = new ProjectViewModel();

    @Test
    void theTitleNamesProjectAndFileAndMarksUnsavedChanges() {
        assertEquals("HallPlan", vm.titleProperty().get());
        vm.open(Projects.twoScenarios(), Path.of("/tmp/test.hallplan.json"), true);
        assertEquals("Test project — test.hallplan.json — HallPlan", vm.titleProperty().get());
        vm.apply(ProjectEdits.renameProject("Renamed"));
        assertEquals("• Renamed — test.hallplan.json — HallPlan", vm.titleProperty().get());
        assertEquals("Rename project", vm.undoNameProperty().get());
    }

    @Test
    void renamingAHallKeepsEverythingElseOfItIncludingItsFloorLayout() {
        Project p = Projects.twoScenarios();
        dev.hallplan.engine.project.Scenario a = p.scenarios().get(0);
        dev.hallplan.engine.project.Hall hall = a.halls().get(0);
        dev.hallplan.engine.project.Hall wideAisles = hall.withFloor(new dev.hallplan.engine.project.FloorLayout(1.8, 1.2, 2.0, 1.5));
        vm.open(p.withScenario(a.withHalls(List.of(wideAisles))), null, true);
        vm.apply(ProjectEdits.renameHall("A", hall.id(), "Hall North"));
        dev.hallplan.engine.project.Hall renamed = vm.projectProperty().get().scenarioOrFirst("A").halls().get(0);
        assertEquals("Hall North", renamed.name());
        assertEquals(wideAisles.floor(), renamed.floor(), "a rename reset the floor layout to the defaults");
        assertEquals(wideAisles.rows(), renamed.rows());
    }

    @Test
    void theDirtyMarkerFollowsTheSavePointThroughUndoAndRedo() {
        vm.open(Projects.twoScenarios(), null, true);
        vm.apply(ProjectEdits.renameProject("One"));
        ProjectViewModel.SavePoint point = vm.savePoint();
        vm.markSaved(point, Path.of("/tmp/x.hallplan.json"));
        assertFalse(vm.dirtyProperty().get());
        vm.undo();
        assertTrue(vm.dirtyProperty().get());
        assertEquals("Test project", vm.projectProperty().get().name());
        vm.redo();
        assertFalse(vm.dirtyProperty().get());
        assertEquals("One", vm.projectProperty().get().name());
    }

    @Test
    void aSaveOfAnOlderStateLeavesLaterEditsDirty() {
        vm.open(Projects.twoScenarios(), null, true);
        vm.apply(ProjectEdits.renameProject("One"));
        ProjectViewModel.SavePoint point = vm.savePoint();
        vm.apply(ProjectEdits.renameProject("Two"));
        vm.markSaved(point, Path.of("/tmp/x.hallplan.json"));
        assertTrue(vm.dirtyProperty().get(), "the rename to Two happened while saving One");
        vm.undo();
        assertFalse(vm.dirtyProperty().get());
    }

    @Test
    void undoBringsBackTheSelectionOfTheTimeOfTheEdit() {
        vm.open(Projects.twoScenarios(), null, true);
        vm.selectScenario("B");
        vm.selectItems(List.of(ItemRef.rack("hall-1", "A-03")));
        vm.apply(ProjectEdits.renameProject("Renamed"));
        vm.selectScenario("A");
        vm.undo();
        assertEquals("B", vm.scenarioProperty().get().name());
        assertEquals(List.of(ItemRef.rack("hall-1", "A-03")), vm.selectionProperty().get().items());
    }

    @Test
    void selectingAnItemThatIsGoneIsDroppedAndAMissingScenarioFallsBackToTheFirst() {
        vm.open(Projects.twoScenarios(), null, true);
        vm.selectScenario("nope");
        assertEquals("A", vm.scenarioProperty().get().name());
        vm.selectItems(List.of(ItemRef.rack("hall-1", "Z-99"), ItemRef.row("hall-1", "B")));
        assertEquals(List.of(ItemRef.row("hall-1", "B")), vm.selectionProperty().get().items());
        assertEquals("hall-1", vm.hallProperty().get().id());
    }

    @Test
    void aRefusedEditChangesNothingAndLeavesNoStep() {
        vm.open(Projects.twoScenarios(), null, true);
        Project before = vm.projectProperty().get();
        assertThrows(IllegalArgumentException.class, () -> vm.apply(ProjectEdits.renameProject(" ")));
        assertSame(before, vm.projectProperty().get());
        assertEquals("", vm.undoNameProperty().get());
        assertFalse(vm.dirtyProperty().get());
    }

    @Test
    void theDocumentTokenChangesOnOpenAndCloseButNotOnEdits() {
        vm.open(Projects.twoScenarios(), null, true);
        Object first = vm.documentProperty().get();
        vm.apply(ProjectEdits.renameProject("Edited"));
        vm.undo();
        assertSame(first, vm.documentProperty().get());
        vm.open(Projects.twoScenarios(), null, true);
        assertTrue(first != vm.documentProperty().get());
        vm.close();
        assertNull(vm.documentProperty().get());
    }

    @Test
    void closingLeavesNoProjectAndNoSelection() {
        vm.open(Projects.twoScenarios(), null, true);
        vm.close();
        assertNull(vm.projectProperty().get());
        assertNull(vm.scenarioProperty().get());
        assertEquals(Selection.NONE, vm.selectionProperty().get());
        assertEquals("HallPlan", vm.titleProperty().get());
    }
}
