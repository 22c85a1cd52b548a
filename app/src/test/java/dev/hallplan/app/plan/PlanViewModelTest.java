package dev.hallplan.app.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.engine.kpi.CarbonFigures;
import dev.hallplan.engine.kpi.CostFigures;
import dev.hallplan.engine.kpi.EnergyFigures;
import dev.hallplan.engine.kpi.Figure;
import dev.hallplan.engine.kpi.FloorFigures;
import dev.hallplan.engine.kpi.KeyFigures;
import dev.hallplan.engine.kpi.PlanKpis;
import dev.hallplan.engine.kpi.PowerFigures;
import dev.hallplan.engine.kpi.ServiceFigures;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.kpi.WorkloadKpi;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanViewModelTest {
    private static final Scenario SCENARIO = new Scenario("s", null, null, null, null, null, null, null);
    private static final Project PROJECT = new Project(1, "p", null, List.of(SCENARIO));

    private static PlanReport report() {
        PlanKpis k = new PlanKpis("s", new PowerFigures(2.2e6, 2.9e6, 2e6, 2.6e6, 2.4e6, 3e6), new EnergyFigures(1.3, 6.2e13, 8e13, 5e13),
                new ServiceFigures(1e6, 3000, 3000, List.of(new WorkloadKpi("chat", "Chat", "llama-3.1-70b", 12, 100, 80, 0.8, 24000, 1e11))),
                new CostFigures(5e7, 4e6, 1.4e7, 0.42), new CarbonFigures(0.55, 0.5, 1.2e6), new FloorFigures(10, 29, 7.2),
                List.of("chat: 20% of peak demand unmet"));
        return new PlanReport("p", "s", "", k, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static PlanViewModel viewModel(PlanningService planning, List<Runnable> uiQueue) {
        PlanViewModel vm = new PlanViewModel(planning, Runnable::run, uiQueue::add);
        vm.projectProperty().set(PROJECT);
        vm.scenarioProperty().set(SCENARIO);
        return vm;
    }

    @Test
    void solvingShowsKeyFiguresAndViolationsOnlyOnceBackOnTheUiThread() {
        List<Runnable> ui = new ArrayList<>();
        PlanViewModel vm = viewModel((p, s, seconds, progress) -> {
            progress.accept("Solving: 1.0 s");
            return report();
        }, ui);
        vm.solve(5);
        assertTrue(vm.runningProperty().get(), "still running until the UI thread takes the result");
        assertTrue(vm.kpis().isEmpty());
        ui.forEach(Runnable::run);
        assertFalse(vm.runningProperty().get());
        assertNotNull(vm.reportProperty().get());
        assertTrue(vm.kpis().contains(new KpiRow("Annual PUE", "1.3")), vm.kpis().toString());
        // one row per key figure, labelled and formatted as every other output does (the engine's KeyFigures)
        assertEquals(KeyFigures.of(report()).stream().map(f -> new KpiRow(f.label(), f.text())).toList(),
                vm.kpis().subList(0, Figure.values().length));
        assertTrue(vm.kpis().contains(new KpiRow(Figure.IT_FULL_LOAD.label(), "2.2 MW")), vm.kpis().toString());
        assertTrue(vm.kpis().contains(new KpiRow(Figure.IT_PEAK_HOUR.label(), "2 MW")), vm.kpis().toString());
        assertTrue(vm.kpis().contains(new KpiRow("Chat", "12 replicas · 80% of peak served")), vm.kpis().toString());
        assertEquals(List.of("chat: 20% of peak demand unmet"), vm.violations());
        assertEquals("Planned s: 1 violations", vm.statusProperty().get());
    }

    @Test
    void aFailedSolveSaysWhyAndCanBeRetried() {
        List<Runnable> ui = new ArrayList<>();
        PlanViewModel vm = viewModel((p, s, seconds, progress) -> {
            throw new IllegalArgumentException("unknown rack type rack-x");
        }, ui);
        vm.solve(5);
        ui.forEach(Runnable::run);
        assertEquals("Solve failed: unknown rack type rack-x", vm.statusProperty().get());
        assertFalse(vm.runningProperty().get());
    }

    @Test
    void aSecondSolveWhileOneRunsIsIgnored() {
        List<Runnable> ui = new ArrayList<>();
        int[] calls = {0};
        PlanViewModel vm = viewModel((p, s, seconds, progress) -> {
            calls[0]++;
            return report();
        }, ui);
        vm.solve(5);
        vm.solve(5);
        assertEquals(1, calls[0]);
    }
}
