package dev.hallplan.app.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.app.testutil.ScriptedDialogs;
import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.app.workspace.Projects;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenariosViewModelTest {
    private final ProjectViewModel document = new ProjectViewModel();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final ScenariosViewModel vm = new ScenariosViewModel(document, dialogs);

    @Test
    void listsScenariosAndHallsOfTheOpenProject() {
        assertFalse(vm.openProperty().get());
        document.open(Projects.twoScenarios(), null, true);
        assertEquals(List.of("A", "B"), vm.scenarioNames());
        assertEquals("A", vm.selectedScenarioProperty().get());
        assertEquals(List.of(new HallChoice("hall-1", "Test hall")), vm.halls());
        assertEquals("hall-1", vm.selectedHallProperty().get());
        vm.select("B");
        assertEquals("B", document.scenarioProperty().get().name());
    }

    @Test
    void addDuplicateRenameAndDeleteAreUndoableEdits() {
        document.open(Projects.twoScenarios(), null, true);
        vm.add();
        assertEquals(List.of("A", "B", "Scenario 3"), vm.scenarioNames());
        vm.duplicate();
        assertEquals(List.of("A", "B", "Scenario 3", "Scenario 3 (copy)"), vm.scenarioNames());
        dialogs.texts.add("What-if");
        vm.rename();
        assertEquals("What-if", vm.selectedScenarioProperty().get());
        vm.delete();
        assertEquals(List.of("A", "B", "Scenario 3"), vm.scenarioNames());
        document.undo();
        document.undo();
        assertEquals(List.of("A", "B", "Scenario 3", "Scenario 3 (copy)"), vm.scenarioNames());
    }

    @Test
    void aTakenNameIsRefusedWithAMessageAndChangesNothing() {
        document.open(Projects.twoScenarios(), null, true);
        dialogs.texts.add("B");
        vm.rename();
        assertEquals(List.of("A", "B"), vm.scenarioNames());
        assertTrue(dialogs.asked.get(dialogs.asked.size() - 1).contains("already a scenario named 'B'"), dialogs.asked.toString());
        assertFalse(document.dirtyProperty().get());
    }

    @Test
    void renamingTheProjectAndAHallGoesThroughTheDialog() {
        document.open(Projects.twoScenarios(), null, true);
        dialogs.texts.add("New name");
        vm.renameProject();
        assertEquals("New name", document.projectProperty().get().name());
        dialogs.texts.add("Hall one");
        vm.renameHall();
        assertEquals("Hall one", document.hallProperty().get().name());
        assertEquals("Rename hall hall-1", document.undoNameProperty().get());
        assertEquals("Test hall", document.projectProperty().get().scenario("B").orElseThrow().halls().get(0).name(),
                "a hall belongs to its scenario");
    }
}
