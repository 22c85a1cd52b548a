package dev.hallplan.app.cli;

import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.kpi.PlanReportBuilder;
import dev.hallplan.engine.plan.Planning;
import dev.hallplan.engine.solver.PlannerService;
import dev.hallplan.engine.solver.SolveOptions;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.ProjectFiles;
import dev.hallplan.engine.project.ProjectLoadException;
import dev.hallplan.engine.project.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Plan reports from a project file: loads it, plans the scenarios that have no plan yet with
 * {@code planner}, and builds each report with the engine's {@link PlanReportBuilder}.
 */
final class ProjectPlanReports implements PlanReportSource {
    private final UnaryOperator<Scenario> planner;

    /** @param planner gives a scenario without a plan its plan (the solver); never returns null */
    ProjectPlanReports(UnaryOperator<Scenario> planner) {
        this.planner = planner;
    }

    /** Plans scenarios without a plan with the solver, {@code seconds} at most each. */
    static ProjectPlanReports solvingFor(double seconds) {
        return new ProjectPlanReports(scenario -> {
            try (PlannerService service = Planning.service(Engines.sizing())) {
                return scenario.withPlan(service.solve(scenario, SolveOptions.seconds(seconds)).plan());
            }
        });
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
        PlanReportBuilder builder = new PlanReportBuilder(Engines.sizing());
        List<PlanReport> reports = new ArrayList<>();
        for (Scenario s : chosen) {
            Scenario planned = s.plan() == null ? planner.apply(s) : s;
            reports.add(builder.build(project, planned));
        }
        return reports;
    }
}
