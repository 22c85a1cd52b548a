package dev.hallplan.engine.usecase;

import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.kpi.PlanReportBuilder;
import dev.hallplan.engine.kpi.PlanYear;
import dev.hallplan.engine.plan.Planning;
import dev.hallplan.engine.plan.ReplicaSizing;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.solver.PlannerService;
import dev.hallplan.engine.solver.SolveJob;
import dev.hallplan.engine.solver.SolveOptions;
import dev.hallplan.engine.solver.SolveProgress;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The engine's one use case "solve a scenario, then report on its plan", used by the command
 * line, the desktop and sweeps alike, so that each of them shows the same figures for the same
 * plan. Reporting on a scenario that already has a plan does not solve it again. Every entry point
 * first runs the {@link ProjectGate} on the whole project: a project with errors is refused with
 * {@link InvalidProjectException} listing them, before anything is solved or computed.
 */
public final class ScenarioPlanning implements AutoCloseable {
    private final PlannerService solver;
    private final PlanReportBuilder reports;
    private final ProjectGate gate;

    /** @param sizing the estimator bound to the catalog and model zoo (shared by solver and reports) */
    public ScenarioPlanning(ReplicaSizing sizing) {
        this.solver = Planning.service(sizing);
        this.reports = new PlanReportBuilder(sizing);
        this.gate = new ProjectGate(sizing);
    }

    /**
     * Starts solving {@code scenario} of {@code project}; the job's result is the planned scenario
     * with its report. Broken input throws {@link IllegalArgumentException} here, before anything
     * runs: {@link InvalidProjectException} when the project fails the {@link ProjectGate}.
     *
     * @param listener hears of every new best plan, on the solving thread; nullable
     */
    public PlanningJob start(Project project, Scenario scenario, SolveOptions options, Consumer<SolveProgress> listener) {
        gate.require(project);
        SolveJob job = solver.start(scenario, options, listener);
        return new PlanningJob(job, job.result().thenApply(result -> {
            Scenario planned = scenario.withPlan(result.plan());
            Project plannedProject = project.withScenario(planned);
            return new PlannedScenario(plannedProject, planned, result, reports.buildWithYear(plannedProject, planned));
        }));
    }

    /** Solves and reports, waiting for both. */
    public PlannedScenario solve(Project project, Scenario scenario, SolveOptions options) {
        return start(project, scenario, options, null).await();
    }

    /** The report on {@code scenario} as it stands (its own plan, or none), without solving. */
    public PlanReport report(Project project, Scenario scenario) {
        gate.require(project);
        return reports.build(project, scenario);
    }

    /** As {@link #report}, with the hourly year of each hall the report's energy figures come from. */
    public PlanYear simulate(Project project, Scenario scenario) {
        return reports.buildWithYear(project, scenario);
    }

    /**
     * Checks the plan of {@code scenario} (solved or made by hand) with the solver's rules and the
     * facility model, and reports on it, without changing it. Throws {@link IllegalArgumentException}
     * when the scenario has no plan or is broken input.
     */
    public CheckedPlan check(Project project, Scenario scenario) {
        return new CheckedPlan(solver.evaluate(scenario), reports.build(project, scenario));
    }

    /** Writes the flattened problem the solver sees for {@code scenario} (docs/solver.md, "The problem as JSON"). */
    public void writeProblem(Scenario scenario, OutputStream out) throws IOException {
        solver.writeProblem(scenario, out);
    }

    /**
     * Reports on {@code scenarios} of {@code project}, solving with {@code options} those that
     * have no plan yet (each solved scenario then reports on the project holding its plan).
     */
    public List<PlanReport> reportAll(Project project, List<Scenario> scenarios, SolveOptions options) {
        gate.require(project);
        List<PlanReport> out = new ArrayList<>();
        for (Scenario s : scenarios) {
            out.add(s.plan() == null ? solve(project, s, options).report() : reports.build(project, s));
        }
        return out;
    }

    @Override
    public void close() {
        solver.close();
    }
}
