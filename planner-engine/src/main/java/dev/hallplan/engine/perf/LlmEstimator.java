package dev.hallplan.engine.perf;

import dev.hallplan.catalog.Accelerator;

import java.util.List;

/**
 * Steady-state continuous batching of one LLM replica (see docs/throughput-model.md, "Serving"):
 *
 * <pre>
 * cycle = batch x prefillMarginal + output x decodeStep        (every request of the batch completes once)
 * requests/s = batch / cycle;  output tokens/s = output x requests/s
 * TPOT = cycle / output;       TTFT = prefill + chunks x decodeStep + rho / (1 - rho) x prefill / 2,  rho = batch x prefillMarginal / cycle
 *                              (each prefill chunk rides in one decode step of the running batch)
 * static batching (engine without continuous batching): TTFT = cycle / 2 + max(prefill, batch x prefillMarginal)
 * </pre>
 */
final class LlmEstimator {
    private LlmEstimator() {
    }

    static Estimate estimate(EstimateRequest r) {
        ModelSpec m = r.model();
        Accelerator a = r.accelerator();
        Parallelism par = r.parallelism();
        PrecisionPlan p = PrecisionPlan.resolve(r.precision(), r.weightOnly(), a, r.engine(), r.kvCacheDtype());
        Efficiencies eff = Efficiencies.resolve(r, p.compute());
        List<String> assumptions = Assumptions.llm(r, p);
        int requestTokens = r.inputTokens() + r.outputTokens();
        LlmMemory mem = LlmMemory.of(m, p, par, a.memoryBytes(), r.engine(), LlmMemory.occupancyTokens(r));
        int sequenceCap = r.effectiveMaxConcurrentSequences();
        int maxBatch = Math.min(mem.maxBatch(), sequenceCap);

        String structural = structuralProblem(r);
        if (structural != null) {
            return Results.doesNotFit(r, p, eff, structural, mem.weightsBytesPerDevice(), mem.kvBytesPerTokenPerDevice(),
                    0, assumptions);
        }
        if (mem.maxBatch() == 0) {
            return Results.doesNotFit(r, p, eff, "weights of " + gb(mem.weightsBytesPerDevice()) + " per device plus "
                            + "activations and the engine reserve leave no room for one request of " + requestTokens
                            + " tokens in " + gb(a.memoryBytes()) + " (" + a.id() + ", tp=" + par.tensor()
                            + ", pp=" + par.pipeline() + ")",
                    mem.weightsBytesPerDevice(), mem.kvBytesPerTokenPerDevice(), 0, assumptions);
        }
        if (r.batch() > maxBatch) {
            String why = r.batch() > mem.maxBatch()
                    ? "batch " + r.batch() + " exceeds the largest that fits in memory, " + mem.maxBatch()
                    : "batch " + r.batch() + " exceeds the cap of " + sequenceCap + " running sequences ("
                    + (r.maxConcurrentSequences() > 0 ? "per call" : r.engine().id() + "'s default") + ")";
            return Results.doesNotFit(r, p, eff, why, mem.weightsBytesPerDevice(), mem.kvBytesPerTokenPerDevice(),
                    maxBatch, assumptions);
        }

        Link link = par.tensor() > 1 ? Link.forTensorParallel(r) : null;
        PowerLimiter limiter = new PowerLimiter(a, r.effectivePowerLimitWatts());
        LlmPhases phases = new LlmPhases(r, p, eff, mem, link, limiter);
        int batch = r.batch();
        int context = r.decodeContextTokens();
        PhaseTime step = phases.decodeStep(batch, context);
        PhaseTime prefill = phases.prefill(r.inputTokens());
        double stepSeconds = step.totalSeconds();
        double prefillSeconds = prefill.totalSeconds();
        double prefillShare = batch * phases.prefillMarginalSeconds(prefill, r.inputTokens());
        int chunks = phases.prefillChunks(r.inputTokens());
        double decodeShare = r.outputTokens() * stepSeconds;
        double cycle = prefillShare + decodeShare;
        double requestsPerSecond = batch / cycle;
        double tokensPerSecond = r.outputTokens() * requestsPerSecond;
        double tpot = cycle / r.outputTokens();
        double rho = prefillShare / cycle;
        double ttft = r.engine().continuousBatching()
                ? prefillSeconds + chunks * stepSeconds + rho / (1 - rho) * prefillSeconds / 2
                : cycle / 2 + Math.max(prefillSeconds, prefillShare);
        double endToEnd = ttft + (r.outputTokens() - 1) * tpot;
        Bound bound = prefillShare > decodeShare ? prefill.bound() : step.bound();

        double busy = (double) Math.min(batch, par.pipeline()) / par.pipeline();
        double decodeWatts = step.watts(a.idleWatts(), busy);
        double prefillWatts = prefill.watts(a.idleWatts(), 1.0);
        double acceleratorWatts = (prefillShare * prefillWatts + decodeShare * decodeWatts) / cycle;
        double watts = acceleratorWatts + PowerModel.hostShareWatts(r.server(), a, acceleratorWatts);
        double replicaWatts = watts * par.devices();

        boolean fellBack = !p.note().isEmpty() && !r.weightOnly();
        boolean calibrated = eff.calibration() != null;
        return new Estimate(true, "", m.id(), m.kind(), a.id(), r.engine().id(), p.weights(), p.compute(), par,
                batch, maxBatch, r.inputTokens(), r.outputTokens(), context, bound,
                prefillSeconds, stepSeconds, ttft, tpot, endToEnd, tokensPerSecond, requestsPerSecond,
                mem.weightsBytesPerDevice(), mem.kvBytesPerTokenPerDevice(),
                batch * LlmMemory.occupancyTokens(r) * mem.kvBytesPerTokenPerDevice(),
                LlmPhases.expertsTouched(m, (double) batch / Math.min(batch, par.pipeline())),
                acceleratorWatts, watts, replicaWatts / tokensPerSecond, replicaWatts / requestsPerSecond,
                tokensPerSecond * (1 + Uncertainty.low(false, m.isMoe(), fellBack, calibrated)),
                tokensPerSecond * (1 + Uncertainty.high(false, m.isMoe(), fellBack, calibrated)), assumptions,
                Results.conditions(r, p, eff, link, prefill.clockFraction(), step.clockFraction(), true));
    }

    /**
     * Why the parallel layout cannot run at all, or null when it can. A tensor group larger than
     * the scale-up domain is no reason: its collectives go over PCIe or the host network.
     */
    static String structuralProblem(EstimateRequest r) {
        Parallelism par = r.parallelism();
        if (r.model().kind().generatesTokens() && par.pipeline() > r.model().layers()) {
            return "pipeline degree " + par.pipeline() + " exceeds the model's " + r.model().layers() + " layers";
        }
        return null;
    }

    private static String gb(double bytes) {
        return dev.hallplan.catalog.units.UnitFormat.bytes(bytes);
    }
}
