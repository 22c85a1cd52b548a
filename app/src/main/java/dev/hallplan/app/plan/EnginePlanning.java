package dev.hallplan.app.plan;

import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.plan.ReplicaSizing;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.solver.SolveOptions;
import dev.hallplan.engine.usecase.ScenarioPlanning;
import java.util.function.Consumer;

/** The engine behind the plan panel: the engine's "solve, then report" use case. */
public final class EnginePlanning implements PlanningService {
    private final ReplicaSizing sizing;

    public EnginePlanning(ReplicaSizing sizing) {
        this.sizing = sizing;
    }

    @Override
    public PlanReport solveAndReport(Project project, Scenario scenario, double seconds, Consumer<String> progress) {
        try (ScenarioPlanning planning = new ScenarioPlanning(sizing)) {
            return planning.start(project, scenario, SolveOptions.seconds(seconds), p -> progress.accept(
                    String.format("Solving: %.1f s, %s, %s of peak demand served", p.elapsedSeconds(),
                            p.feasible() ? "feasible" : "infeasible", UnitFormat.percent(p.demandServedShare()))))
                    .await().report();
        }
    }
}
