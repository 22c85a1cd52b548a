package dev.hallplan.engine.usecase;

import dev.hallplan.engine.kpi.HallReport;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.kpi.WorkloadKpi;
import dev.hallplan.engine.solver.SolveResult;
import dev.hallplan.engine.solver.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A plan checked with the solver's rules and the facility model: what {@code hallplan evaluate} prints.
 *
 * @param rules   the plan scored by the solver's constraints (the violations read as a solve's do)
 * @param report  the engine's report on the plan, with the facility model's limits at planned full load
 */
public record CheckedPlan(SolveResult rules, PlanReport report) {

    /** Clean, demand unmet, or a hard limit broken. */
    public enum Verdict {
        CLEAN, DEMAND_UNMET, HARD_VIOLATIONS
    }

    public CheckedPlan {
        Objects.requireNonNull(rules);
        Objects.requireNonNull(report);
    }

    /** Broken hard rules: the solver's hard violations, then each hall's facility limits at planned full load. */
    public List<String> hardViolations() {
        List<String> out = new ArrayList<>();
        rules.violations().stream().filter(v -> v.level() == Violation.Level.HARD).forEach(v -> out.add(v.message()));
        for (HallReport h : report.halls()) {
            out.addAll(h.limitViolations());
        }
        return out;
    }

    /** HARD_VIOLATIONS when any hard rule or facility limit breaks; DEMAND_UNMET when some peak demand is not served. */
    public Verdict verdict() {
        if (!hardViolations().isEmpty()) {
            return Verdict.HARD_VIOLATIONS;
        }
        boolean unmet = rules.status() == SolveResult.Status.FEASIBLE_DEMAND_UNMET
                || report.kpis().workloads().stream().anyMatch(w -> w.servedShareOfPeak() < 1 - 1e-9);
        return unmet ? Verdict.DEMAND_UNMET : Verdict.CLEAN;
    }

    /** Workloads whose peak demand the plan does not fully serve. */
    public List<WorkloadKpi> unmetWorkloads() {
        return report.kpis().workloads().stream().filter(w -> w.servedShareOfPeak() < 1 - 1e-9).toList();
    }
}
