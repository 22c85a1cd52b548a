package dev.hallplan.app.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.app.workspace.BackgroundTasks;
import dev.hallplan.app.workspace.ItemRef;
import dev.hallplan.app.workspace.ProjectEdits;
import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.app.workspace.Projects;
import dev.hallplan.app.workspace.ScenarioReports;
import dev.hallplan.engine.kpi.CarbonFigures;
import dev.hallplan.engine.kpi.CostFigures;
import dev.hallplan.engine.kpi.EnergyFigures;
import dev.hallplan.engine.kpi.FloorFigures;
import dev.hallplan.engine.kpi.PlanKpis;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.kpi.PlanYear;
import dev.hallplan.engine.kpi.PowerFigures;
import dev.hallplan.engine.kpi.ServiceFigures;
import dev.hallplan.engine.kpi.WorkloadKpi;
import dev.hallplan.engine.project.Plan;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.solver.SolveProgress;
import dev.hallplan.engine.solver.SolveResult;
import dev.hallplan.engine.usecase.PlannedScenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlanViewModelTest {
    private final ProjectViewModel document = new ProjectViewModel();
    private final List<Runnable> ui = new ArrayList<>();
    private final BackgroundTasks tasks = new BackgroundTasks(Runnable::run, ui::add);
    private final FakePlanning planning = new FakePlanning();
    private ScenarioReports reports;
    private PlanViewModel vm;

    /** A solver that reports what the test says, when the test says. */
    static final class FakePlanning implements PlanningService {
        final CompletableFuture<PlannedScenario> result = new CompletableFuture<>();
        Consumer<SolveProgress> progress;
        boolean stopped;
        int reportsBuilt;

        @Override
        public Run start(Project project, Scenario scenario, double seconds, Consumer<SolveProgress> listener) {
            this.progress = listener;
            return new Run() {
                @Override
                public void stop() {
                    stopped = true;
                }

                @Override
                public CompletableFuture<PlannedScenario> result() {
                    return result;
                }
            };
        }

        @Override
        public PlanReport report(Project project, Scenario scenario) {
            reportsBuilt++;
            return report(scenario.name());
        }

        static PlanReport report(String scenario) {
            PlanKpis k = new PlanKpis(scenario, new PowerFigures(2.2e6, 2.9e6, 2e6, 2.6e6, 2.4e6, 3e6),
                    new EnergyFigures(1.3, 6.2e13, 8e13, 5e13),
                    new ServiceFigures(1e6, 3000, 3000, List.of(new WorkloadKpi("chat", "Chat", "llama-3.1-70b", 12, 100, 80, 0.8, 24000, 1e11, "no hall has capacity left within its power, cooling and supply limits"))),
                    new CostFigures(5e7, 4e6, 1.4e7, 0.42, 3e6), new CarbonFigures(0.55, 0.5, 1.2e6), new FloorFigures(10, 29, 7.2),
                    List.of("Rack A-03: 45 kW > 40 kW rack power limit", "chat: 20% of peak demand unmet"));
            return new PlanReport("p", scenario, "", k, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }

        void finish(Project project, Scenario scenario) {
            Scenario planned = scenario.withPlan(new Plan("solver", "0hard/-5medium/-7soft", List.of()));
            result.complete(new PlannedScenario(project.withScenario(planned), planned,
                    new SolveResult(planned.plan(), SolveResult.Status.FEASIBLE, List.of(), Map.of(), List.of(), List.of()),
                    new PlanYear(report(scenario.name()), List.of())));
        }
    }

    private void runUi() {
        while (!ui.isEmpty()) {
            ui.remove(0).run();
        }
    }

    @BeforeEach
    void open() {
        reports = new ScenarioReports(document, tasks, planning::report);
        vm = new PlanViewModel(document, reports, planning, tasks);
        document.open(Projects.twoScenarios(), null, true);
    }

    @Test
    void progressReachesTheUiThreadInBatchesAndTheChartGetsEveryPoint() {
        vm.solve();
        runUi();
        assertTrue(vm.runningProperty().get());
        planning.progress.accept(new SolveProgress("-2init/0hard/-9medium/-100soft", false, 0.4, 0.5, 0.1));
        planning.progress.accept(new SolveProgress("0hard/-3medium/-90soft", true, 0.9, 1.5, 0.2));
        assertEquals(0, vm.scoreHistory().size(), "nothing reaches the view before the UI thread runs");
        assertEquals(1, ui.size(), "two events, one hand-off");
        runUi();
        assertEquals(List.of(-100L, -90L), vm.scoreHistory().stream().map(ScorePoint::softScore).toList());
        assertEquals("1.5 s · best 0hard/-3medium/-90soft · feasible · 90% of peak demand served", vm.progressTextProperty().get());
    }

    @Test
    void aFinishedSolveKeepsThePlanAsOneUndoableEditAndShowsItsFiguresWithoutReportingAgain() {
        Scenario a = document.scenarioProperty().get();
        vm.solve();
        runUi();
        planning.finish(document.projectProperty().get(), a);
        runUi();
        assertFalse(vm.runningProperty().get());
        assertNotNull(document.scenarioProperty().get().plan());
        assertEquals("Solve", document.undoNameProperty().get());
        assertTrue(document.dirtyProperty().get());
        assertTrue(vm.kpis().contains(new KpiRow("Annual PUE", "1.3")), vm.kpis().toString());
        assertEquals(2, vm.violations().size());
        assertEquals(0, planning.reportsBuilt, "the solve's own report is shown");
        assertEquals("Plan of A: 0 replicas · 2 violations", vm.statusProperty().get());

        document.undo();
        assertNull(document.scenarioProperty().get().plan());
        assertTrue(vm.kpis().isEmpty());
        assertTrue(vm.violations().isEmpty());
        assertEquals("Scenario A has no plan yet: press Solve (F5)", vm.statusProperty().get());
        document.redo();
        assertEquals(2, vm.violations().size(), "redo finds the kept report at once");
        assertEquals(0, planning.reportsBuilt);
    }

    @Test
    void stopAsksTheSolverToStop() {
        vm.solve();
        runUi();
        vm.stop();
        assertTrue(planning.stopped);
    }

    @Test
    void aScenarioEditedDuringTheSolveDoesNotGetTheStalePlan() {
        Scenario a = document.scenarioProperty().get();
        vm.solve();
        runUi();
        document.apply(ProjectEdits.renameHall("A", "hall-1", "Renamed while solving"));
        planning.finish(document.projectProperty().get(), a);
        runUi();
        assertNull(document.scenarioProperty().get().plan());
        assertEquals("A changed while it was solved: the plan was not kept; solve again", vm.statusProperty().get());
    }

    @Test
    void aFailedSolveSaysWhy() {
        vm.solve();
        runUi();
        planning.result.completeExceptionally(new IllegalArgumentException("unknown rack type rack-x"));
        runUi();
        assertEquals("Solve failed: unknown rack type rack-x", vm.statusProperty().get());
        assertFalse(vm.runningProperty().get());
    }

    @Test
    void selectingAViolationSelectsWhatItNames() {
        vm.selectViolation("Rack A-03: 45 kW > 40 kW rack power limit");
        assertEquals(List.of(ItemRef.rack("hall-1", "A-03")), document.selectionProperty().get().items());
        vm.selectViolation("Row B: 120 kW air heat > 100 kW CRAH capacity");
        assertEquals(List.of(ItemRef.row("hall-1", "B")), document.selectionProperty().get().items());
    }
}
