package dev.hallplan.engine.solver;

import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.project.Plan;
import dev.hallplan.engine.project.ReplicaPlacement;
import dev.hallplan.engine.solver.domain.DeploymentOption;
import dev.hallplan.engine.solver.domain.HallPlanSolution;
import dev.hallplan.engine.solver.domain.Placement;
import dev.hallplan.engine.solver.domain.ReplicaSlot;
import dev.hallplan.engine.solver.domain.WorkloadFact;
import dev.hallplan.engine.solver.score.DemandShortfall;
import dev.hallplan.engine.solver.score.LimitExceeded;
import dev.hallplan.engine.solver.score.RuleBroken;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;

/** Turns a solved solution and its score explanation into the OptaPlanner-free {@link SolveResult}. */
final class ResultAssembler {
    private ResultAssembler() {
    }

    static SolveResult assemble(SolverProblem problem, ScoreExplanation<HallPlanSolution, HardMediumSoftLongScore> explanation) {
        return assemble(problem, explanation, "solver");
    }

    static SolveResult assemble(SolverProblem problem, ScoreExplanation<HallPlanSolution, HardMediumSoftLongScore> explanation,
            String source) {
        return assemble(problem, explanation, source, List.of());
    }

    /**
     * @param source  the plan's source: "solver", or "manual" when a hand-made plan was evaluated
     * @param invalid hard violations found outside the score (replicas that cannot run as planned), listed first
     */
    static SolveResult assemble(SolverProblem problem, ScoreExplanation<HallPlanSolution, HardMediumSoftLongScore> explanation,
            String source, List<Violation> invalid) {
        HallPlanSolution solution = explanation.getSolution();
        HardMediumSoftLongScore score = explanation.getScore();
        Plan plan = new Plan(source, score.toString(), placements(solution));
        SolveResult.Status status = !score.isFeasible() || !invalid.isEmpty() ? SolveResult.Status.INFEASIBLE
                : score.mediumScore() < 0 ? SolveResult.Status.FEASIBLE_DEMAND_UNMET : SolveResult.Status.FEASIBLE;
        List<Violation> all = new ArrayList<>(invalid);
        all.addAll(violations(problem, explanation));
        return new SolveResult(plan, status, all, servedShare(solution), problem.edgeCandidates(), problem.withoutHardware());
    }

    static List<ReplicaPlacement> placements(HallPlanSolution solution) {
        List<ReplicaPlacement> out = new ArrayList<>();
        for (ReplicaSlot slot : solution.getSlots()) {
            Placement p = slot.getPlacement();
            if (p == null) {
                continue;
            }
            DeploymentOption o = p.option();
            out.add(new ReplicaPlacement(slot.getId(), slot.getWorkload().id(), o.modelId(), p.server().hall().id(),
                    p.server().id(), o.acceleratorsPerReplica(), o.precision(), o.tensorParallel(), o.batch()));
        }
        return out;
    }

    /** Per workload, served capacity as a share of peak, capped at 1. */
    static Map<String, Double> servedShare(HallPlanSolution solution) {
        Map<String, Long> served = new LinkedHashMap<>();
        for (WorkloadFact w : solution.getWorkloads()) {
            served.put(w.id(), 0L);
        }
        for (ReplicaSlot slot : solution.getSlots()) {
            served.merge(slot.getWorkload().id(), slot.capacityMilliRequestsPerSecond(), Long::sum);
        }
        Map<String, Double> share = new LinkedHashMap<>();
        for (WorkloadFact w : solution.getWorkloads()) {
            share.put(w.id(), Math.min(1.0, served.get(w.id()) / (double) w.peakMilliRequestsPerSecond()));
        }
        return share;
    }

    /** Share of the summed peak demand of all workloads that the plan serves (0..1). */
    static double totalServedShare(HallPlanSolution solution) {
        double peak = 0;
        double served = 0;
        Map<String, Double> share = servedShare(solution);
        for (WorkloadFact w : solution.getWorkloads()) {
            peak += w.peakMilliRequestsPerSecond();
            served += share.get(w.id()) * w.peakMilliRequestsPerSecond();
        }
        return peak == 0 ? 1 : served / peak;
    }

    private static List<Violation> violations(SolverProblem problem,
            ScoreExplanation<HallPlanSolution, HardMediumSoftLongScore> explanation) {
        record Ranked(Violation violation, long hard, long medium) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total : explanation.getConstraintMatchTotalMap().values()) {
            for (ConstraintMatch<HardMediumSoftLongScore> match : total.getConstraintMatchSet()) {
                HardMediumSoftLongScore s = match.getScore();
                if (s.hardScore() >= 0 && s.mediumScore() >= 0) {
                    continue;
                }
                Violation.Level level = s.hardScore() < 0 ? Violation.Level.HARD : Violation.Level.MEDIUM;
                String message = message(problem, match.getJustification());
                ranked.add(new Ranked(new Violation(level, total.getConstraintName(), message), s.hardScore(), s.mediumScore()));
            }
        }
        ranked.sort(Comparator.comparingLong(Ranked::hard).thenComparingLong(Ranked::medium)
                .thenComparing(r -> r.violation().message()));
        return ranked.stream().map(Ranked::violation).toList();
    }

    private static String message(SolverProblem problem, Object justification) {
        if (justification instanceof LimitExceeded l) {
            return l.message();
        }
        if (justification instanceof RuleBroken r) {
            return r.message();
        }
        if (justification instanceof DemandShortfall d) {
            return d.workload().id() + ": " + UnitFormat.percent(d.unmetShare()) + " of peak demand unmet: "
                    + UnmetDemandReasons.reason(problem, d.workload());
        }
        return String.valueOf(justification);
    }
}
