package dev.hallplan.engine.kpi;

/**
 * One replica of the plan with its operating point and what the estimator says it delivers.
 *
 * @param ttftSeconds       time to first token (query latency for one-pass models) at the operating point
 * @param tpotSeconds       time per output token (0 for one-pass models)
 * @param latencyStatistic  which statistic the two latencies are: "mean" (steady state at the full
 *                          batch) or "p99" (under Poisson arrivals, for a workload with a p99 SLO)
 * @param powerWatts  its draw serving at capacity: its share of its server's idle power plus its increment
 *                    ({@code engine.plan.ReplicaPower}); 0 when it misses its SLO (it is not run)
 */
public record DeploymentReport(
        String replicaId,
        String workloadId,
        String modelId,
        String hallId,
        String rackId,
        String serverId,
        String serverModelId,
        int accelerators,
        String precision,
        int tensorParallel,
        int batch,
        double capacityRequestsPerSecond,
        double outputTokensPerSecond,
        double ttftSeconds,
        double tpotSeconds,
        String latencyStatistic,
        double powerWatts) {
}
