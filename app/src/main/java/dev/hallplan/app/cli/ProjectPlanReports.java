package dev.hallplan.app.cli;

import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.file.ProjectLoadException;
import dev.hallplan.engine.solver.SolveOptions;
import dev.hallplan.engine.usecase.ScenarioPlanning;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Plan reports from a project file: opens it through the gate ({@link ProjectInput}) and hands the
 * chosen scenarios to the engine's {@link ScenarioPlanning}, which solves those without a plan and
 * reports on each.
 */
final class ProjectPlanReports implements PlanReportSource {
    private final SolveOptions unplanned;
    private final PrintWriter err;

    private ProjectPlanReports(SolveOptions unplanned, PrintWriter err) {
        this.unplanned = unplanned;
        this.err = err;
    }

    /** Plans scenarios without a plan with the solver, {@code seconds} at most each; warnings go to {@code err}. */
    static ProjectPlanReports solvingFor(double seconds, PrintWriter err) {
        return new ProjectPlanReports(SolveOptions.seconds(seconds), err);
    }

    @Override
    public List<PlanReport> load(Path projectFile, List<String> scenarioNames) throws IOException, ProjectLoadException {
        Project project = ProjectInput.open(projectFile, err);
        List<Scenario> chosen = new ArrayList<>();
        if (scenarioNames.isEmpty()) {
            chosen.addAll(project.scenarios());
        } else {
            scenarioNames.forEach(n -> chosen.add(project.scenarioOrFirst(n)));
        }
        try (ScenarioPlanning planning = new ScenarioPlanning(Engines.sizing())) {
            return planning.reportAll(project, chosen, unplanned);
        }
    }
}
