package dev.hallplan.app.workloads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.app.testutil.TestEngine;
import dev.hallplan.app.workspace.BackgroundTasks;
import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.app.workspace.ScenarioReports;
import dev.hallplan.engine.project.Plan;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.ReplicaPlacement;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.catalog.Precision;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class WorkloadsViewModelTest {
    private final ProjectViewModel document = new ProjectViewModel();
    private final BackgroundTasks tasks = new BackgroundTasks(Runnable::run, Runnable::run);
    private final ScenarioReports reports = new ScenarioReports(document, tasks, (p, s) -> {
        throw new IllegalStateException("no report in this test");
    });
    private final WorkloadsViewModel vm = new WorkloadsViewModel(document, reports,
            CompletableFuture.completedFuture(TestEngine.sizing()), tasks);

    WorkloadsViewModelTest() {
        document.open(OneRackHall.project(), null, true);
    }

    private Scenario scenario() {
        return document.scenarioProperty().get();
    }

    @Test
    void addDuplicateAndDeleteAreOneUndoableEditEach() {
        assertTrue(vm.add());
        assertEquals("Add workload workload-1", document.undoNameProperty().get());
        assertEquals("workload-1", vm.selectedProperty().get().id());
        assertTrue(vm.duplicateSelected());
        assertEquals(List.of("workload-1", "workload-1-copy"), scenario().workloads().stream().map(w -> w.id()).toList());
        assertEquals("workload-1-copy", vm.selectedProperty().get().id(), "the copy is selected");
        assertTrue(vm.deleteSelected());
        assertEquals(1, vm.rows().size());
        document.undo();
        assertEquals(2, vm.rows().size());
        document.undo();
        document.undo();
        assertTrue(vm.rows().isEmpty());
    }

    @Test
    void aNewWorkloadServesTheDefaultModelWithTheChatSlo() {
        vm.add();
        var w = scenario().workloads().get(0);
        assertEquals(WorkloadsViewModel.DEFAULT_MODEL, w.modelId());
        assertEquals(SloPreset.CHAT, SloPreset.of(w.slo()));
    }

    @Test
    void aRefusedCellValueChangesNothingAndSaysWhy() {
        vm.add();
        Project before = document.projectProperty().get();
        assertFalse(vm.edit("workload-1", WorkloadField.PRIORITY, "0"));
        assertSame(before, document.projectProperty().get());
        assertEquals("workload-1 · Priority (1-10): workload workload-1: priority must be within 1..10, was 0",
                vm.errorProperty().get());
        assertTrue(vm.edit("workload-1", WorkloadField.PRIORITY, "9"));
        assertEquals("", vm.errorProperty().get());
        assertEquals("Edit Priority (1-10) of workload-1", document.undoNameProperty().get());
        assertEquals(9, scenario().workloads().get(0).priority());
    }

    @Test
    void aModelOutsideTheZooIsRefusedWithTheClosestNames() {
        vm.add();
        assertFalse(vm.edit("workload-1", WorkloadField.MODEL, "llama-3.1-71b"));
        assertTrue(vm.errorProperty().get().contains("no model 'llama-3.1-71b' in the model zoo; closest: llama-3.1-70b"),
                vm.errorProperty().get());
        assertFalse(vm.edit("workload-1", WorkloadField.ENGINE, "vllm2"));
        assertTrue(vm.errorProperty().get().contains("no serving engine 'vllm2'"), vm.errorProperty().get());
    }

    @Test
    void deletingAWorkloadRemovesItsReplicasFromThePlan() {
        vm.add();
        vm.duplicateSelected();
        Scenario s = scenario();
        Plan plan = new Plan("manual", "", List.of(
                new ReplicaPlacement("r1", "workload-1", "llama-3.1-8b", "h1", "s0", 1, Precision.FP8, 1, 8),
                new ReplicaPlacement("r2", "workload-1-copy", "llama-3.1-8b", "h1", "s1", 1, Precision.FP8, 1, 8)));
        document.apply(dev.hallplan.app.workspace.ProjectEdits.replaceScenario("Plan by hand", s, s.withPlan(plan)));
        vm.select("workload-1");
        vm.deleteSelected();
        assertEquals(List.of("r2"), scenario().plan().replicas().stream().map(ReplicaPlacement::id).toList());
    }

    @Test
    void withoutAPlanThePlanColumnsAreEmptyAndTheStatusSaysSolve() {
        vm.add();
        assertNull(vm.rows().get(0).result());
        assertTrue(vm.statusProperty().get().startsWith("No plan yet"), vm.statusProperty().get());
    }
}
