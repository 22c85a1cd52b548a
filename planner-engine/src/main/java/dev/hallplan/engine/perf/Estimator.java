package dev.hallplan.engine.perf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one throughput, latency and energy estimator used by the solver, the UI and the reports.
 * Stateless and thread-safe. Formulas and their sources: docs/throughput-model.md.
 */
public final class Estimator {
    /** A later candidate must beat the best so far by this share to replace it (near-ties keep the earlier). */
    static final double TIE_MARGIN = 0.005;

    private Estimator() {
    }

    /**
     * Estimates one operating point. A layout that does not fit (memory, scale-up domain) comes
     * back with {@link Estimate#fits()} false and a reason; broken input throws
     * {@link IllegalArgumentException} when the request is built.
     */
    public static Estimate estimate(EstimateRequest request) {
        return request.model().kind().generatesTokens()
                ? LlmEstimator.estimate(request)
                : QueryEstimator.estimate(request);
    }

    /**
     * The operating point with the highest rate per accelerator (output tokens/s for LLMs,
     * queries/s otherwise) that fits and meets {@code slo}, searching {@code space}'s precisions
     * and tensor degrees and, for each, the largest batch meeting the SLO. Ties within 0.5% keep
     * the wider precision and the smaller tensor degree (e.g. FP8 over INT8 of equal peak). With a
     * p99 SLO ({@link Slo#onTail()}) an LLM's candidates are served to Poisson arrivals and the rate
     * is the highest arrival rate whose p99 latencies meet the SLO (MLPerf's server-scenario
     * rule), over batches up to the largest that meets it at vanishing load. MoE models also try
     * expert parallelism over the tensor group ({@link #expertDegrees}). Precisions are quantized fully (weights and
     * arithmetic) except the base request's own precision, which keeps its weight-only flag.
     * Empty when nothing fits within the SLO.
     *
     * @param base the model, hardware, engine, request shape and pipeline degree to keep
     */
    public static Optional<Estimate> bestWithinSlo(EstimateRequest base, Slo slo, OperatingSpace space) {
        Estimate best = null;
        for (var precision : space.precisions()) {
            for (int tp : space.tensorDegrees()) {
                for (int ep : expertDegrees(base.model(), tp)) {
                    Parallelism par = new Parallelism(tp, base.parallelism().pipeline(), ep);
                    boolean weightOnly = base.weightOnly() && precision == base.precision();
                    EstimateRequest r = base.withPrecision(precision, weightOnly).withParallelism(par);
                    Estimate e = slo.onTail() && r.model().kind().generatesTokens()
                            ? TailSearch.bestUnderPoisson(r, slo, space.batchCap())
                            : largestBatchWithin(r, slo, space.batchCap());
                    if (e != null && (best == null
                            || e.primaryRate() / e.devices() > (1 + TIE_MARGIN) * best.primaryRate() / best.devices())) {
                        best = e;
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Expert-parallel degrees the search tries at tensor degree {@code tp}: 1 (experts split like
     * every other layer), and for an MoE model with at least {@code tp} routed experts also
     * {@code tp} (whole experts spread over the tensor group, tokens exchanged by all-to-all).
     */
    static List<Integer> expertDegrees(ModelSpec model, int tp) {
        return model.isMoe() && tp > 1 && model.experts() >= tp ? List.of(1, tp) : List.of(1);
    }

    /**
     * One LLM operating point (the request's batch) served to Poisson arrivals at {@code load} of its
     * capacity: rates x load, p99 TTFT, TPOT and end-to-end latency, power at that utilisation
     * (docs/throughput-model.md, "Tail latency"). A point that does not fit comes back unchanged.
     *
     * @param load offered load as a share of the full batch's capacity, in (0, 1)
     * @throws IllegalArgumentException for a one-pass model (no tail model) or a load outside (0, 1)
     */
    public static Estimate underPoisson(EstimateRequest request, double load) {
        if (!request.model().kind().generatesTokens()) {
            throw new IllegalArgumentException("p99 latency under Poisson arrivals is modelled for LLMs only, not "
                    + request.model().id() + " (" + request.model().kind() + ")");
        }
        Estimate e = estimate(request);
        return e.fits() ? PoissonTail.atLoad(request, e, load) : e;
    }

    /**
     * The request's own operating point as {@code slo} credits it: for a p99 SLO on an LLM, served
     * to Poisson arrivals at the highest load whose p99 latencies meet the SLO (the rate
     * {@link #bestWithinSlo} gives that point); otherwise, or when even a vanishing load misses the
     * SLO, the steady state at the full batch ({@link #estimate}), which {@link Slo#isMetBy} then judges.
     */
    public static Estimate servedWithin(EstimateRequest request, Slo slo) {
        Estimate full = estimate(request);
        if (!slo.onTail() || !request.model().kind().generatesTokens() || !full.fits()) {
            return full;
        }
        Estimate served = TailSearch.highestLoadWithin(request, full, slo);
        return served == null ? full : served;
    }

    /** {@link #bestWithinSlo(EstimateRequest, Slo, OperatingSpace)} over {@link OperatingSpace#full}. */
    public static Optional<Estimate> bestWithinSlo(EstimateRequest base, Slo slo) {
        return bestWithinSlo(base, slo, OperatingSpace.full(base));
    }

    /**
     * The estimate at the largest batch up to {@code cap} that fits and meets {@code slo}, or null.
     * Binary search: TTFT and TPOT rise with batch, so feasibility is monotone.
     */
    static Estimate largestBatchWithin(EstimateRequest r, Slo slo, int cap) {
        Estimate one = estimate(r.withBatch(1));
        if (!slo.isMetBy(one)) {
            return null;
        }
        int lo = 1;
        int hi = Math.min(cap, one.maxBatch());
        Estimate atLo = one;
        while (lo < hi) {
            int mid = lo + (hi - lo + 1) / 2;
            Estimate e = estimate(r.withBatch(mid));
            if (slo.isMetBy(e)) {
                lo = mid;
                atLo = e;
            } else {
                hi = mid - 1;
            }
        }
        return atLo;
    }

    /**
     * Latency against throughput for plots: the request at batch 1, 2, 4, ... up to the largest
     * batch that fits (capped at {@code batchCap}), that largest batch included. Empty when not
     * even batch 1 fits.
     */
    public static List<Estimate> latencyThroughputCurve(EstimateRequest request, int batchCap) {
        List<Estimate> curve = new ArrayList<>();
        Estimate one = estimate(request.withBatch(1));
        if (!one.fits()) {
            return curve;
        }
        int max = Math.min(batchCap, one.maxBatch());
        for (int b = 1; b <= max; b *= 2) {
            curve.add(b == 1 ? one : estimate(request.withBatch(b)));
        }
        if (Integer.highestOneBit(max) != max) {
            curve.add(estimate(request.withBatch(max)));
        }
        return curve;
    }
}
