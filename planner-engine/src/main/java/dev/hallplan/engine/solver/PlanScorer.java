package dev.hallplan.engine.solver;

import dev.hallplan.engine.project.Plan;
import dev.hallplan.engine.project.ReplicaPlacement;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.solver.domain.DeploymentOption;
import dev.hallplan.engine.solver.domain.HallPlanSolution;
import dev.hallplan.engine.solver.domain.Placement;
import dev.hallplan.engine.solver.domain.ReplicaSlot;
import dev.hallplan.engine.solver.domain.WorkloadFact;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/** Scores a plan made by hand (or edited after solving) with the solver's own constraints. */
final class PlanScorer {
    private PlanScorer() {
    }

    static SolveResult evaluate(SolverProblem problem, Scenario scenario) {
        Plan plan = scenario.planned().orElseThrow(() ->
                new IllegalArgumentException("scenario " + scenario.name() + " has no plan to evaluate"));
        HallPlanSolution base = problem.solution();
        List<ReplicaSlot> slots = new ArrayList<>();
        for (ReplicaPlacement r : plan.replicas()) {
            WorkloadFact w = base.getWorkloads().stream().filter(x -> x.id().equals(r.workloadId())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("replica " + r.id() + ": unknown workload " + r.workloadId()));
            List<Placement> allowed = problem.allowedPlacements().get(w.id());
            Placement match = allowed.stream().filter(p -> matches(p, r)).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("replica " + r.id() + ": " + r.modelId() + " " + r.precision() + " TP"
                            + r.tensorParallel() + " x" + r.acceleratorCount() + " on " + r.hallId() + "/" + r.serverId()
                            + " is not an allowed placement of workload " + w.id()
                            + " (unknown server, region, compliance, latency or no such operating point)"));
            slots.add(new ReplicaSlot(r.id(), w, allowed, match));
        }
        HallPlanSolution solution = new HallPlanSolution(base.getHalls(), base.getRows(), base.getRacks(), base.getServers(),
                base.getWorkloads(), slots, base.getConstraintConfiguration());
        SolverFactory<HallPlanSolution> factory = SolverFactory.create(SolverConfigs.of(SolveOptions.reproducibleSteps(1)));
        SolutionManager<HallPlanSolution, HardMediumSoftLongScore> manager = SolutionManager.create(factory);
        return ResultAssembler.assemble(problem, manager.explain(solution), plan.source());
    }

    private static boolean matches(Placement p, ReplicaPlacement r) {
        DeploymentOption o = p.option();
        return p.server().id().equals(r.serverId()) && p.server().hall().id().equals(r.hallId())
                && o.modelId().equals(r.modelId()) && o.precision() == r.precision()
                && o.tensorParallel() == r.tensorParallel() && o.acceleratorsPerReplica() == r.acceleratorCount()
                && o.batch() == r.batch();
    }
}
