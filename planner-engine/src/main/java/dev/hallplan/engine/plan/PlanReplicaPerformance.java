package dev.hallplan.engine.plan;

import dev.hallplan.engine.energy.ReplicaPerformance;
import dev.hallplan.engine.project.ReplicaPlacement;
import java.util.HashMap;
import java.util.Map;

/**
 * The energy model's view of a plan's replicas, taken from a {@link PlanEvaluation} (the
 * estimator) by the one accounting of {@link ReplicaPower}: a replica idles at its share of its
 * server's idle power and serves at that share plus its increment, so a server whose replicas all
 * serve at capacity draws what the facility model and the solver count.
 */
public final class PlanReplicaPerformance implements ReplicaPerformance {
    private final Map<String, EvaluatedReplica> byId = new HashMap<>();
    private final Map<String, Integer> usedAcceleratorsByServer = new HashMap<>();

    public PlanReplicaPerformance(PlanEvaluation evaluation) {
        for (EvaluatedReplica r : evaluation.replicas()) {
            byId.put(r.placement().id(), r);
            if (r.meetsSlo()) {
                usedAcceleratorsByServer.merge(serverKey(r), r.placement().acceleratorCount(), Integer::sum);
            }
        }
    }

    private static String serverKey(EvaluatedReplica r) {
        return r.placement().hallId() + '/' + r.placement().serverId();
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
        return idlePowerWatts(replica) + of(replica).incrementWatts();
    }

    @Override
    public double idlePowerWatts(ReplicaPlacement replica) {
        EvaluatedReplica r = of(replica);
        if (!r.meetsSlo()) {
            return 0;
        }
        return ReplicaPower.idleShareWatts(r.server().model(), r.placement().acceleratorCount(),
                usedAcceleratorsByServer.get(serverKey(r)));
    }
}
