package dev.hallplan.sweeps.point;

import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.kpi.PlanReportBuilder;
import dev.hallplan.engine.plan.Planning;
import dev.hallplan.engine.plan.ReplicaSizing;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.solver.PlannerService;
import dev.hallplan.engine.solver.SolveOptions;
import dev.hallplan.engine.solver.SolveResult;

/**
 * Solve one scenario, then build its plan report: the whole engine use case a sweep point needs,
 * and the only place the sweep reaches the solver and the report builder.
 */
final class ScenarioPlanner {
    /**
     * What solving and reporting one scenario produced: the project holds the planned scenario.
     *
     * @param solveSeconds wall time of the solve alone (measured)
     */
    record Planned(SolveResult result, Project project, PlanReport report, double solveSeconds) {
    }

    private ScenarioPlanner() {
    }

    static Planned solveAndReport(ReplicaSizing sizing, Project project, String scenarioName, SolveOptions options) {
        Scenario scenario = project.scenarioOrFirst(scenarioName);
        SolveResult result;
        long start = System.nanoTime();
        try (PlannerService service = Planning.service(sizing)) {
            result = service.solve(scenario, options);
        }
        double solveSeconds = (System.nanoTime() - start) / 1e9;
        Scenario planned = scenario.withPlan(result.plan());
        Project plannedProject = project.withScenario(planned);
        return new Planned(result, plannedProject, new PlanReportBuilder(sizing).build(plannedProject, planned),
                solveSeconds);
    }
}
