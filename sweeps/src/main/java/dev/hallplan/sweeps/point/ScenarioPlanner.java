package dev.hallplan.sweeps.point;

import dev.hallplan.engine.plan.ReplicaSizing;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.solver.SolveOptions;
import dev.hallplan.engine.usecase.PlannedScenario;
import dev.hallplan.engine.usecase.ScenarioPlanning;

/**
 * The only place a sweep reaches the engine's planning: its use case "solve a scenario, then
 * report on its plan" ({@link ScenarioPlanning}), the same the command line and desktop use, so a
 * sweep row carries the figures {@code hallplan solve} prints for the same project.
 */
final class ScenarioPlanner {
    /**
     * A planned point and how long its solve took.
     *
     * @param solveSeconds wall time of the solve alone (measured)
     */
    record Planned(PlannedScenario scenario, double solveSeconds) {
    }

    private ScenarioPlanner() {
    }

    static Planned solveAndReport(ReplicaSizing sizing, Project project, String scenarioName, SolveOptions options) {
        try (ScenarioPlanning planning = new ScenarioPlanning(sizing)) {
            double[] solveSeconds = {Double.NaN};
            // the solver's last progress event reports the final plan, before the report is built
            PlannedScenario planned = planning.start(project, project.scenarioOrFirst(scenarioName), options,
                    p -> solveSeconds[0] = p.elapsedSeconds()).await();
            return new Planned(planned, solveSeconds[0]);
        }
    }
}
