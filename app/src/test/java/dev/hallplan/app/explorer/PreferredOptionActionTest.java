package dev.hallplan.app.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.app.testutil.TestEngine;
import dev.hallplan.app.workspace.BackgroundTasks;
import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.catalog.Precision;
import dev.hallplan.engine.project.Demand;
import dev.hallplan.engine.project.LatencySlo;
import dev.hallplan.engine.project.PreferredOption;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.RequestShape;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.Workload;
import dev.hallplan.engine.supply.HourlyProfile;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The explorer's "Use as preferred option for workload …": one undoable edit of the workload's preferred option. */
class PreferredOptionActionTest {
    private final BackgroundTasks tasks = new BackgroundTasks(Runnable::run, Runnable::run);
    private final ExplorerViewModel explorer = new ExplorerViewModel(tasks, CompletableFuture.completedFuture(TestEngine.sizing()));
    private final ProjectViewModel document = new ProjectViewModel();
    private final PreferredOptionAction action = new PreferredOptionAction(document, explorer);

    private static Workload workload(String id, String model) {
        return new Workload(id, id, model, "vllm", List.of(), new Demand(10, HourlyProfile.constant(1)),
                new RequestShape(1024, 256), LatencySlo.llm(2, 0.2), null, null, null, null, Precision.FP8, 5, 0, null);
    }

    private void open() {
        Scenario s = new Scenario("s", null, List.of(), List.of(workload("chat", "llama-3.1-70b"), workload("small", "llama-3.1-8b")),
                null, null, null, Map.of());
        document.open(new Project(1, "p", null, List.of(s)), null, true);
    }

    private Workload chat() {
        return document.scenarioProperty().get().workload("chat").orElseThrow();
    }

    @Test
    void offersTheWorkloadsRunningTheShownModel() {
        open();
        assertTrue(explorer.compute().join());
        assertEquals(List.of("chat"), action.workloads(), "llama-3.1-8b is not the explorer's model");
    }

    @Test
    void usingARowSetsThePreferredOptionAsOneEditAndUndoClearsIt() {
        open();
        assertTrue(explorer.compute().join());
        OperatingPointRow best = explorer.points().stream().filter(r -> r.best() && r.chipId().equals("nvidia-h200-sxm"))
                .findFirst().orElseThrow();
        assertTrue(action.use(best, "chat"));
        PreferredOption set = chat().preferred();
        assertEquals(new PreferredOption("nvidia-h200-sxm", best.estimate().weightPrecision(), best.estimate().parallelism().tensor()), set);
        assertEquals("Use " + set.label() + " as preferred option of chat", document.undoNameProperty().get());
        assertTrue(action.messageProperty().get().startsWith("chat now prefers nvidia-h200-sxm"));
        document.undo();
        assertNull(chat().preferred(), "one undo clears it");
    }

    @Test
    void withoutARowOrWorkloadNothingChanges() {
        open();
        assertTrue(explorer.compute().join());
        assertFalse(action.use(null, "chat"));
        assertFalse(action.use(explorer.points().get(0), "nobody"));
        assertNull(chat().preferred());
        assertTrue(document.undoNameProperty().get() == null || document.undoNameProperty().get().isEmpty(), "no edit was recorded");
    }
}
