package dev.hallplan.engine.plan;

import dev.hallplan.engine.energy.ReplicaPerformance;
import dev.hallplan.engine.project.ReplicaPlacement;
import java.util.HashMap;
import java.util.Map;

/** The energy model's view of a plan's replicas, taken from a {@link PlanEvaluation} (the estimator). */
public final class PlanReplicaPerformance implements ReplicaPerformance {
    private final Map<String, EvaluatedReplica> byId = new HashMap<>();

    public PlanReplicaPerformance(PlanEvaluation evaluation) {
        evaluation.replicas().forEach(r -> byId.put(r.placement().id(), r));
    }

    private EvaluatedReplica of(ReplicaPlacement replica) {
        EvaluatedReplica r = byId.get(replica.id());
        if (r == null) {
            throw new IllegalArgumentException("replica " + replica.id() + " was not evaluated");
        }
        return r;
    }

    @Override
    public double capacityRequestsPerSecond(ReplicaPlacement replica) {
        return of(replica).capacityRequestsPerSecond();
    }

    @Override
    public double activePowerWatts(ReplicaPlacement replica) {
        return of(replica).peakWatts();
    }

    @Override
    public double idlePowerWatts(ReplicaPlacement replica) {
        return of(replica).idleWatts();
    }
}
