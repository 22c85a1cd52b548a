package dev.hallplan.app.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.app.workspace.Projects;
import dev.hallplan.engine.project.FinancialAssumptions;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScenarioEditsTest {
    private final ProjectViewModel vm = new ProjectViewModel();

    @BeforeEach
    void open() {
        vm.open(Projects.twoScenarios(), null, true);
    }

    private List<String> names() {
        return vm.projectProperty().get().scenarios().stream().map(Scenario::name).toList();
    }

    @Test
    void addAppendsAScenarioForTheSameDemandWithoutHallsAndSelectsIt() {
        vm.apply(ScenarioEdits.add("C", vm.scenarioProperty().get()));
        assertEquals(List.of("A", "B", "C"), names());
        Scenario c = vm.scenarioProperty().get();
        assertEquals("C", c.name());
        assertTrue(c.halls().isEmpty());
        assertSame(vm.projectProperty().get().scenarios().get(0).workloads(), c.workloads());
        vm.undo();
        assertEquals("A", vm.scenarioProperty().get().name(), "undo selects what was selected before");
    }

    @Test
    void duplicateInsertsAWhatIfCopyRightAfterItsSource() {
        vm.selectScenario("A");
        vm.apply(ScenarioEdits.duplicate("A", "A (copy)"));
        assertEquals(List.of("A", "A (copy)", "B"), names());
        Scenario copy = vm.scenarioProperty().get();
        assertEquals("A (copy)", copy.name());
        assertSame(vm.projectProperty().get().scenarios().get(0).halls(), copy.halls());
        assertEquals("Duplicate scenario A", vm.undoNameProperty().get());
    }

    @Test
    void renameRefusesATakenNameAndTheSelectionFollowsARename() {
        vm.selectScenario("B");
        assertThrows(IllegalArgumentException.class, () -> vm.apply(ScenarioEdits.rename("B", "A")));
        vm.apply(ScenarioEdits.rename("B", "Bee"));
        assertEquals(List.of("A", "Bee"), names());
        assertEquals("Bee", vm.scenarioProperty().get().name());
        vm.undo();
        assertEquals("B", vm.scenarioProperty().get().name());
    }

    @Test
    void deleteKeepsAtLeastOneScenarioAndSelectsTheNeighbour() {
        vm.selectScenario("B");
        vm.apply(ScenarioEdits.delete("B"));
        assertEquals(List.of("A"), names());
        assertEquals("A", vm.scenarioProperty().get().name());
        assertThrows(IllegalArgumentException.class, () -> vm.apply(ScenarioEdits.delete("A")));
        vm.undo();
        assertEquals(List.of("A", "B"), names());
    }

    @Test
    void moveReordersWithinBounds() {
        vm.apply(ScenarioEdits.move("B", -1));
        assertEquals(List.of("B", "A"), names());
        Project before = vm.projectProperty().get();
        vm.apply(ScenarioEdits.move("B", -1));
        assertEquals(List.of("B", "A"), names());
        assertEquals(before.scenarios(), vm.projectProperty().get().scenarios());
    }

    @Test
    void financialsAndWeightsAreSetPerScenarioAndADefaultWeightIsRemovedFromTheMap() {
        FinancialAssumptions f = new FinancialAssumptions(4, 9.5, 0.03, 20);
        vm.apply(ScenarioEdits.setFinancials("A", f));
        vm.apply(ScenarioEdits.setConstraintWeight("A", "Energy cost", 2.0));
        Scenario a = vm.projectProperty().get().scenario("A").orElseThrow();
        assertEquals(f, a.financials());
        assertEquals(Map.of("Energy cost", 2.0), a.constraintWeights());
        assertEquals(FinancialAssumptions.DEFAULTS, vm.projectProperty().get().scenario("B").orElseThrow().financials());
        vm.apply(ScenarioEdits.setConstraintWeight("A", "Energy cost", null));
        assertEquals(Map.of(), vm.projectProperty().get().scenario("A").orElseThrow().constraintWeights());
        assertThrows(IllegalArgumentException.class, () -> ScenarioEdits.setConstraintWeight("A", "Energy cost", -1.0));
    }

    @Test
    void freeNameCountsUpPastTakenNames() {
        Project p = vm.projectProperty().get();
        assertEquals("C", ScenarioEdits.freeName(p, "C"));
        assertEquals("A 2", ScenarioEdits.freeName(p, "A"));
    }
}
