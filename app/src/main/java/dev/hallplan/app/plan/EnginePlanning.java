package dev.hallplan.app.plan;

import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.kpi.PlanYear;
import dev.hallplan.engine.plan.ReplicaSizing;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.solver.SolveOptions;
import dev.hallplan.engine.solver.SolveProgress;
import dev.hallplan.engine.usecase.PlannedScenario;
import dev.hallplan.engine.usecase.PlanningJob;
import dev.hallplan.engine.usecase.ScenarioPlanning;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The engine behind the desktop: one {@link ScenarioPlanning} for the app's life, made on first use. */
public final class EnginePlanning implements PlanningService, AutoCloseable {
    private final Supplier<ReplicaSizing> sizing;
    private ScenarioPlanning planning;

    /** @param sizing the catalog and model zoo; may block until loaded (it is only asked off the UI thread) */
    public EnginePlanning(Supplier<ReplicaSizing> sizing) {
        this.sizing = sizing;
    }

    @Override
    public Run start(Project project, Scenario scenario, double seconds, Consumer<SolveProgress> progress) {
        PlanningJob job = planning().start(project, scenario, SolveOptions.seconds(seconds), progress);
        return new Run() {
            @Override
            public void stop() {
                job.stop();
            }

            @Override
            public CompletableFuture<PlannedScenario> result() {
                return job.result();
            }
        };
    }

    @Override
    public PlanReport report(Project project, Scenario scenario) {
        return planning().report(project, scenario);
    }

    @Override
    public PlanYear simulate(Project project, Scenario scenario) {
        return planning().simulate(project, scenario);
    }

    private synchronized ScenarioPlanning planning() {
        if (planning == null) {
            planning = new ScenarioPlanning(sizing.get());
        }
        return planning;
    }

    @Override
    public synchronized void close() {
        if (planning != null) {
            planning.close();
        }
    }
}
