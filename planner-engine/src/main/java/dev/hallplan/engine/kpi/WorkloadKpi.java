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
 * @param preferredOption           the workload's preferred operating option ({@code PreferredOption.label()}),
 *                                  empty when it names none; never null
 * @param replicasOnPreferred       how many of its replicas run on that option
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
        String unmetDemandReason,
        String preferredOption,
        int replicasOnPreferred) {
    /** Unmet shares of peak demand up to this count as served (rounding of capacities). */
    public static final double UNMET_TOLERANCE = 0.005;

    public WorkloadKpi {
        unmetDemandReason = unmetDemandReason == null ? "" : unmetDemandReason;
        preferredOption = preferredOption == null ? "" : preferredOption;
    }

    /** A workload without a preferred operating option. */
    public WorkloadKpi(String workloadId, String name, String modelId, int replicas, double peakDemandRequestsPerSecond,
                       double capacityRequestsPerSecond, double servedShareOfPeak, double outputTokensPerSecond,
                       double annualOutputTokens, String unmetDemandReason) {
        this(workloadId, name, modelId, replicas, peakDemandRequestsPerSecond, capacityRequestsPerSecond, servedShareOfPeak,
                outputTokensPerSecond, annualOutputTokens, unmetDemandReason, "", 0);
    }

    /** The share of peak demand the plan leaves unmet (0..1). */
    public double unmetShareOfPeak() {
        return 1 - servedShareOfPeak;
    }

    /** "nvidia-h200-sxm · FP8: 3 of 4 replicas on it"; empty without a preferred option. */
    public String preferenceText() {
        return preferredOption.isEmpty() ? "" : preferredOption + ": " + replicasOnPreferred + " of " + replicas + " replicas on it";
    }

    /** True when more than {@link #UNMET_TOLERANCE} of peak demand is unmet. */
    public boolean demandUnmet() {
        return unmetShareOfPeak() > UNMET_TOLERANCE;
    }
}
