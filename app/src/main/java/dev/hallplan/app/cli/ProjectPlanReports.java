package dev.hallplan.app.cli;

import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.file.ProjectFiles;
import dev.hallplan.engine.project.file.ProjectLoadException;
import dev.hallplan.engine.solver.SolveOptions;
import dev.hallplan.engine.usecase.ScenarioPlanning;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Plan reports from a project file: loads it and hands the chosen scenarios to the engine's
 * {@link ScenarioPlanning}, which solves those without a plan and reports on each.
 */
final class ProjectPlanReports implements PlanReportSource {
    private final SolveOptions unplanned;

    private ProjectPlanReports(SolveOptions unplanned) {
        this.unplanned = unplanned;
    }

    /** Plans scenarios without a plan with the solver, {@code seconds} at most each. */
    static ProjectPlanReports solvingFor(double seconds) {
        return new ProjectPlanReports(SolveOptions.seconds(seconds));
    }

    @Override
    public List<PlanReport> load(Path projectFile, List<String> scenarioNames) throws IOException {
        // the catalog and model zoo load on a second core while this one parses the project file
        java.util.concurrent.CompletableFuture.runAsync(Engines::sizing);
        Project project;
        try {
            project = ProjectFiles.load(projectFile);
        } catch (ProjectLoadException e) {
            throw new IllegalArgumentException(e.getMessage() + ": run `hallplan validate " + projectFile + "` for every problem", e);
        }
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
