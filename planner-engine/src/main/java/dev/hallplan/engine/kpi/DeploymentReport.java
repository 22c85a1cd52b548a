package dev.hallplan.engine.kpi;

/**
 * One replica of the plan with its operating point and what the estimator says it delivers.
 *
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
        double powerWatts) {
}
