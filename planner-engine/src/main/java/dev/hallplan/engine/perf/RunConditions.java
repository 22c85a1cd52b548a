package dev.hallplan.engine.perf;

import dev.hallplan.catalog.Precision;
import dev.hallplan.catalog.ServingEngine.Calibration;

/**
 * The conditions an estimate ran under, as resolved from the request, the engine profile and the
 * catalog, so a reader can see which figures were overridden, calibrated or throttled.
 *
 * @param powerLimitWatts      power limit of each accelerator (the per-call cap or the TDP)
 * @param prefillClockFraction clock of prefill arithmetic under that limit, as a share of the peak clock
 * @param decodeClockFraction  clock of decode arithmetic under that limit, as a share of the peak clock
 * @param tensorLink           the path tensor-parallel collectives take ("NVLink 4", "PCIe Gen4 x16"), or "none" at tp 1
 * @param kvCachePrecision     KV-cache storage format (null for one-pass models)
 * @param memoryEfficiency     achieved fraction of peak bandwidth in use
 * @param computeEfficiency    achieved fraction of dense peak in use
 * @param calibration          the engine's calibration row these came from, or null (per-call override or engine default)
 * @param stepOverheadSeconds  fixed cost of each engine step in use
 * @param latencyStatistic     which statistic the latency figures are: "mean" (steady state) or "p99"
 * @param offeredLoad          Poisson arrivals as a share of the full batch's capacity the p99 figures
 *                             were computed at (rates scaled by it), or 1 for the steady full batch (means)
 */
public record RunConditions(double powerLimitWatts, double prefillClockFraction, double decodeClockFraction,
                            String tensorLink, Precision kvCachePrecision, double memoryEfficiency,
                            double computeEfficiency, Calibration calibration, double stepOverheadSeconds,
                            String latencyStatistic, double offeredLoad) {
    public static final String MEAN = "mean";
    public static final String P99 = "p99";

    public RunConditions {
        tensorLink = tensorLink == null ? "none" : tensorLink;
        latencyStatistic = latencyStatistic == null ? MEAN : latencyStatistic;
        if (!(offeredLoad > 0 && offeredLoad <= 1)) {
            throw new IllegalArgumentException("offered load must lie in (0, 1], was " + offeredLoad);
        }
    }

    /** These conditions for p99 figures under Poisson arrivals at {@code load} of capacity. */
    public RunConditions underPoissonLoad(double load) {
        return new RunConditions(powerLimitWatts, prefillClockFraction, decodeClockFraction, tensorLink, kvCachePrecision,
                memoryEfficiency, computeEfficiency, calibration, stepOverheadSeconds, P99, load);
    }

    /** True when the power limit lowered the clock of prefill or decode arithmetic. */
    public boolean powerLimited() {
        return prefillClockFraction < 1 || decodeClockFraction < 1;
    }
}
