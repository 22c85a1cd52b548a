package dev.hallplan.engine.plan;

import dev.hallplan.engine.perf.Estimate;
import dev.hallplan.engine.project.ReplicaPlacement;
import dev.hallplan.engine.project.Workload;

/**
 * One replica of a plan with what the estimator says about it at its operating point.
 *
 * @param estimate  the estimate at the placement's precision, tensor degree and batch; when it
 *                  does not fit or misses the SLO the replica counts as serving nothing
 * @param meetsSlo  true when the estimate fits and meets the workload's latency target
 */
public record EvaluatedReplica(ReplicaPlacement placement, Workload workload, ServerIndex.Located server,
                               Estimate estimate, boolean meetsSlo) {

    /** Requests (or queries) per second it serves within the SLO; 0 when it misses it. */
    public double capacityRequestsPerSecond() {
        return meetsSlo ? estimate.requestsPerSecond() : 0;
    }

    /** Output tokens per second at capacity (0 for one-pass models or a missed SLO). */
    public double outputTokensPerSecond() {
        return meetsSlo ? estimate.outputTokensPerSecond() : 0;
    }

    /** Wall power of its share of the server when serving at capacity. */
    public double peakWatts() {
        return ReplicaPower.peakWatts(estimate);
    }

    /** Wall power of its share of the server when on and idle. */
    public double idleWatts() {
        return ReplicaPower.idleWatts(server.model(), placement.acceleratorCount());
    }
}
