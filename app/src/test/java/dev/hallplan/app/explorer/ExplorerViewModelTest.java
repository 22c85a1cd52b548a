package dev.hallplan.app.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.app.testutil.TestEngine;
import dev.hallplan.app.workspace.BackgroundTasks;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ExplorerViewModelTest {
    private final List<Runnable> worker = new ArrayList<>();
    private final BackgroundTasks tasks = new BackgroundTasks(worker::add, Runnable::run);
    private final ExplorerViewModel vm = new ExplorerViewModel(tasks, CompletableFuture.completedFuture(TestEngine.sizing()));

    private void runWorker() {
        while (!worker.isEmpty()) {
            worker.remove(0).run();
        }
    }

    @Test
    void computesOffTheUiThreadAndShowsOneCurvePerChipWithTheirPoints() {
        CompletableFuture<Boolean> done = vm.compute();
        assertFalse(done.isDone(), "nothing is computed until the worker runs");
        assertTrue(vm.curves().isEmpty());
        runWorker();
        assertTrue(done.join());
        assertEquals(4, vm.curves().size());
        assertEquals(vm.curves().stream().mapToInt(c -> c.points().size()).sum(), vm.points().size());
        assertEquals(4, vm.points().stream().filter(OperatingPointRow::best).count(), "one best point per chip");
        assertTrue(vm.points().stream().filter(OperatingPointRow::best).allMatch(OperatingPointRow::withinSlo));
        assertTrue(vm.statusProperty().get().startsWith("4 curves"), vm.statusProperty().get());
    }

    @Test
    void aResultOvertakenByNewerInputsIsDropped() {
        CompletableFuture<Boolean> first = vm.compute();
        vm.chips().setAll("nvidia-b200");
        CompletableFuture<Boolean> second = vm.compute();
        runWorker();
        assertFalse(first.join());
        assertTrue(second.join());
        assertEquals(1, vm.curves().size());
    }

    @Test
    void aOnePassModelRunsOnItsDefaultEngineAndIsMeasuredInQueries() {
        vm.modelProperty().set("bert-large");
        vm.precisionProperty().set(ExplorerViewModel.SEARCHED);
        vm.ttftMillisProperty().set("20");
        vm.tpotMillisProperty().set("");
        vm.chips().setAll("nvidia-l4", "nvidia-l40s");
        CompletableFuture<Boolean> done = vm.compute();
        runWorker();
        assertTrue(done.join(), vm.errorProperty().get());
        assertFalse(vm.tokensProperty().get());
        assertTrue(vm.points().stream().allMatch(p -> p.ratePerAccelerator().endsWith(" q/s")));
        assertEquals("triton", vm.curves().get(0).best().engineId());
    }

    @Test
    void aLimitThatIsNoNumberIsRefusedWithoutComputing() {
        vm.tpotMillisProperty().set("fast");
        assertFalse(vm.compute().join());
        assertTrue(worker.isEmpty());
        assertEquals("TPOT limit (ms): 'fast' is not a number", vm.errorProperty().get());
    }

    @Test
    void blankNoneAndZeroAreNoLimitAsInTheWorkloadsTable() {
        for (String typed : new String[] {"", "none", "0"}) {
            vm.tpotMillisProperty().set(typed);
            assertEquals(Double.POSITIVE_INFINITY, vm.slo().tpotSeconds(), "'" + typed + "'");
        }
        vm.tpotMillisProperty().set("-5");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, vm::slo);
        assertEquals("TPOT limit (ms): must be 0 (no limit) or more, was -5", e.getMessage());
    }

    @Test
    void moreThanFourChipsAreRefused() {
        vm.chips().add("nvidia-l40s");
        assertFalse(vm.compute().join());
        assertEquals("pick 1 to 4 accelerators or servers, not 5", vm.errorProperty().get());
    }
}
