package dev.hallplan.engine.usecase;

import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.kpi.PlanYear;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.solver.SolveResult;
import java.util.Objects;

/**
 * A scenario after a solve: the project and scenario with the plan in them, what the solver said,
 * and the report every output reads with the hourly year it was summed from.
 *
 * @param project  the project with {@code scenario} replaced by its planned version
 * @param scenario the planned scenario (its {@code plan()} is the solver's best plan)
 * @param solve    status, violations and served shares as the solver scored them
 * @param year     the engine's one report on the plan (figures for CLI, UI, workbook, PDF) with
 *                 the hourly year of each hall (the energy view's hours)
 */
public record PlannedScenario(Project project, Scenario scenario, SolveResult solve, PlanYear year) {
    public PlannedScenario {
        Objects.requireNonNull(project);
        Objects.requireNonNull(scenario);
        Objects.requireNonNull(solve);
        Objects.requireNonNull(year);
    }

    /** The engine's one report on the plan. */
    public PlanReport report() {
        return year.report();
    }

    /**
     * The plan's status as the engine decides it after the report: the solver's, except that a
     * plan breaking a facility or supply limit in the report (hours its supply cannot meet in the
     * year simulation, say) is {@link SolveResult.Status#INFEASIBLE} whatever its score.
     */
    public SolveResult.Status status() {
        boolean broken = report().halls().stream().anyMatch(h -> !h.limitViolations().isEmpty());
        return broken ? SolveResult.Status.INFEASIBLE : solve.status();
    }
}
