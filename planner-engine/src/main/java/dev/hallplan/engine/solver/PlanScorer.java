package dev.hallplan.engine.solver;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.Plan;
import dev.hallplan.engine.project.ReplicaPlacement;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.Workload;
import dev.hallplan.engine.solver.domain.ConstraintNames;
import dev.hallplan.engine.solver.domain.DeploymentOption;
import dev.hallplan.engine.solver.domain.HallPlanSolution;
import dev.hallplan.engine.solver.domain.Placement;
import dev.hallplan.engine.solver.domain.ReplicaSlot;
import dev.hallplan.engine.solver.domain.ServerFact;
import dev.hallplan.engine.solver.domain.WorkloadFact;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * Scores a plan made by hand (or edited after solving) with the solver's own constraints. A
 * replica the solver would not have made (an operating point outside its options, e.g. another
 * batch) is scored at its own point when the option source can estimate it. A replica that cannot
 * run as planned (unknown workload or server, a point that does not fit or misses the SLO, a hall
 * too far from the users) is a hard violation named {@link ConstraintNames#REPLICA_AS_PLANNED}
 * and counts for nothing.
 */
final class PlanScorer {
    private PlanScorer() {
    }

    static SolveResult evaluate(SolverProblem problem, Scenario scenario, DeploymentOptionSource options, Catalog catalog) {
        Plan plan = scenario.planned().orElseThrow(() ->
                new IllegalArgumentException("scenario " + scenario.name() + " has no plan to evaluate"));
        HallPlanSolution base = problem.solution();
        List<ReplicaSlot> slots = new ArrayList<>();
        List<Violation> invalid = new ArrayList<>();
        for (ReplicaPlacement r : plan.replicas()) {
            Optional<WorkloadFact> w = base.getWorkloads().stream().filter(x -> x.id().equals(r.workloadId())).findFirst();
            if (w.isEmpty()) {
                invalid.add(invalid("Replica " + r.id() + ": unknown workload " + r.workloadId()));
                continue;
            }
            List<Placement> allowed = problem.allowedPlacements().getOrDefault(w.get().id(), List.of());
            Optional<Placement> match = allowed.stream().filter(p -> matches(p, r)).findFirst();
            if (match.isEmpty()) {
                Object found = placementAt(base, scenario, options, catalog, r);
                if (found instanceof String problemText) {
                    invalid.add(invalid("Replica " + r.id() + " (" + r.workloadId() + " on " + r.hallId() + "/" + r.serverId()
                            + "): " + problemText));
                    continue;
                }
                match = Optional.of((Placement) found);
            }
            slots.add(new ReplicaSlot(r.id(), w.get(), allowed, match.get()));
        }
        HallPlanSolution solution = new HallPlanSolution(base.getHalls(), base.getRows(), base.getRacks(), base.getServers(),
                base.getWorkloads(), base.getFixedOverloads(), slots, base.getConstraintConfiguration());
        SolverFactory<HallPlanSolution> factory = SolverFactory.create(SolverConfigs.of(SolveOptions.reproducibleSteps(1)));
        SolutionManager<HallPlanSolution, HardMediumSoftLongScore> manager = SolutionManager.create(factory);
        return ResultAssembler.assemble(problem, manager.explain(solution), plan.source(), invalid);
    }

    private static Violation invalid(String message) {
        return new Violation(Violation.Level.HARD, ConstraintNames.REPLICA_AS_PLANNED, message);
    }

    /** The placement of a replica outside the solver's options, or the reason it cannot run (a String). */
    private static Object placementAt(HallPlanSolution base, Scenario scenario, DeploymentOptionSource options, Catalog catalog,
            ReplicaPlacement r) {
        Optional<ServerFact> server = base.getServers().stream()
                .filter(s -> s.id().equals(r.serverId()) && s.hall().id().equals(r.hallId())).findFirst();
        if (server.isEmpty()) {
            return "no accelerator server " + r.serverId() + " in hall " + r.hallId();
        }
        Workload workload = scenario.workload(r.workloadId()).orElseThrow();
        Hall hall = scenario.hall(r.hallId()).orElseThrow();
        ServerModel model = catalog.server(server.get().modelId()).orElseThrow();
        Optional<DeploymentOption> option = options.optionAt(workload, r, model);
        if (option.isEmpty()) {
            return r.modelId() + " " + r.precision() + " TP" + r.tensorParallel() + " x" + r.acceleratorCount() + " batch "
                    + r.batch() + " is not an operating point the estimator can place on " + server.get().modelId();
        }
        if (!option.get().meetsSlo()) {
            return "misses the latency target at batch " + r.batch();
        }
        if (!SolverProblemBuilder.meetsLatencyFrom(workload, hall, option.get())) {
            return "misses the latency target once the hall's network round trip to its users is added";
        }
        boolean preferred = workload.preferred() != null
                && workload.preferred().matches(model, option.get().precision(), option.get().tensorParallel());
        return new Placement(server.get(), option.get().withPreferred(preferred));
    }

    private static boolean matches(Placement p, ReplicaPlacement r) {
        DeploymentOption o = p.option();
        return p.server().id().equals(r.serverId()) && p.server().hall().id().equals(r.hallId())
                && o.modelId().equals(r.modelId()) && o.precision() == r.precision()
                && o.tensorParallel() == r.tensorParallel() && o.acceleratorsPerReplica() == r.acceleratorCount()
                && o.batch() == r.batch();
    }
}
