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

    /**
     * What it adds to its server's idle draw when serving at capacity ({@link ReplicaPower#incrementWatts});
     * 0 when it misses its SLO (it serves nothing, so it is not run).
     */
    public double incrementWatts() {
        return meetsSlo ? ReplicaPower.incrementWatts(server.model(), estimate) : 0;
    }
}
