package dev.hallplan.engine.kpi;

/**
 * How well one workload is served by a plan.
 *
 * @param modelId                   the model actually deployed (a substitute when the plan chose one)
 * @param peakDemandRequestsPerSecond demand at the busiest hour
 * @param capacityRequestsPerSecond the plan's capacity within the SLO
 * @param servedShareOfPeak         min(1, capacity / peak demand)
 * @param outputTokensPerSecond     output tokens/s the capacity corresponds to (0 for non-LLM)
 * @param unmetDemandReason         why part of the peak demand is unmet, in the solver's words
 *                                  ({@code engine.solver.UnmetDemandReasons}); empty when the plan
 *                                  serves all but {@link #UNMET_TOLERANCE} of it; never null
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
        double annualOutputTokens,
        String unmetDemandReason) {
    /** Unmet shares of peak demand up to this count as served (rounding of capacities). */
    public static final double UNMET_TOLERANCE = 0.005;

    public WorkloadKpi {
        unmetDemandReason = unmetDemandReason == null ? "" : unmetDemandReason;
    }

    /** The share of peak demand the plan leaves unmet (0..1). */
    public double unmetShareOfPeak() {
        return 1 - servedShareOfPeak;
    }

    /** True when more than {@link #UNMET_TOLERANCE} of peak demand is unmet. */
    public boolean demandUnmet() {
        return unmetShareOfPeak() > UNMET_TOLERANCE;
    }
}
