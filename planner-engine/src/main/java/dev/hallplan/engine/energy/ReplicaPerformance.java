package dev.hallplan.engine.energy;

import dev.hallplan.engine.project.ReplicaPlacement;
import dev.hallplan.engine.project.Workload;

/**
 * What one replica can serve and draw, supplied by the throughput estimator (engine.perf). The
 * energy model never estimates throughput itself: tests pass hand-made implementations.
 */
public interface ReplicaPerformance {
    /** Requests (or queries) per second the replica sustains within its SLO at its operating point; &gt; 0. */
    double capacityRequestsPerSecond(ReplicaPlacement replica);

    /** Wall power (W) of the replica's share of its server when serving at full capacity. */
    double activePowerWatts(ReplicaPlacement replica);

    /** Wall power (W) of the replica's share of its server when powered on and serving nothing. */
    double idlePowerWatts(ReplicaPlacement replica);

    /** Output tokens generated per request; by default the workload's request shape. */
    default double outputTokensPerRequest(Workload workload, ReplicaPlacement replica) {
        return workload.requestShape().outputTokens();
    }
}
