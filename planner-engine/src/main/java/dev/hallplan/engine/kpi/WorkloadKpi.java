package dev.hallplan.engine.kpi;

/**
 * How well one workload is served by a plan.
 *
 * @param modelId                   the model actually deployed (a substitute when the plan chose one)
 * @param peakDemandRequestsPerSecond demand at the busiest hour
 * @param capacityRequestsPerSecond the plan's capacity within the SLO
 * @param servedShareOfPeak         min(1, capacity / peak demand)
 * @param outputTokensPerSecond     output tokens/s the capacity corresponds to (0 for non-LLM)
 */
public record WorkloadKpi(
        String workloadId,
        String name,
        String modelId,
        int replicas,
        double peakDemandRequestsPerSecond,
        double capacityRequestsPerSecond,
        double servedShareOfPeak,
        double outputTokensPerSecond,
        double annualOutputTokens) {
}
