package dev.hallplan.engine.project;

import java.util.List;

/**
 * Where each workload's replicas run: made by the solver or by hand.
 *
 * @param source      "solver" or "manual"
 * @param score       the solver's score text when it made the plan, else empty
 */
public record Plan(String source, String score, List<ReplicaPlacement> replicas) {
    public Plan {
        source = source == null || source.isBlank() ? "manual" : source;
        score = score == null ? "" : score;
        replicas = Checks.list(replicas);
    }

    public List<ReplicaPlacement> replicasOf(String workloadId) {
        return replicas.stream().filter(r -> r.workloadId().equals(workloadId)).toList();
    }
}
