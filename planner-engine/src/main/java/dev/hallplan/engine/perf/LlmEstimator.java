package dev.hallplan.engine.perf;

import dev.hallplan.catalog.Accelerator;

import java.util.List;

/**
 * Steady-state continuous batching of one LLM replica (see docs/throughput-model.md, "Serving"):
 *
 * <pre>
 * cycle = batch x prefillMarginal + output x decodeStep        (every request of the batch completes once)
 * requests/s = batch / cycle;  output tokens/s = output x requests/s
 * TPOT = cycle / output;       TTFT = prefill + decodeStep + rho / (1 - rho) x prefill / 2,  rho = batch x prefillMarginal / cycle
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
        PrecisionPlan p = PrecisionPlan.resolve(r.precision(), r.weightOnly(), a, r.engine());
        List<String> assumptions = Assumptions.llm(r, p);
        int requestTokens = r.inputTokens() + r.outputTokens();
        LlmMemory mem = LlmMemory.of(m, p, par, a.memoryBytes(), r.engine().runtimeReserveBytes(),
                r.engine().kvCacheUtilization(), requestTokens);

        String structural = structuralProblem(r);
        if (structural != null) {
            return Results.doesNotFit(r, p, structural, mem.weightsBytesPerDevice(), mem.kvBytesPerTokenPerDevice(), 0, assumptions);
        }
        if (mem.maxBatch() == 0) {
            return Results.doesNotFit(r, p, "weights of " + gb(mem.weightsBytesPerDevice()) + " per device plus "
                            + "activations and the engine reserve leave no room for one request of " + requestTokens
                            + " tokens in " + gb(a.memoryBytes()) + " (" + a.id() + ", tp=" + par.tensor()
                            + ", pp=" + par.pipeline() + ")",
                    mem.weightsBytesPerDevice(), mem.kvBytesPerTokenPerDevice(), 0, assumptions);
        }
        if (r.batch() > mem.maxBatch()) {
            return Results.doesNotFit(r, p, "batch " + r.batch() + " exceeds the largest that fits in memory, "
                            + mem.maxBatch(),
                    mem.weightsBytesPerDevice(), mem.kvBytesPerTokenPerDevice(), mem.maxBatch(), assumptions);
        }

        LlmPhases phases = new LlmPhases(r, p, mem);
        int batch = r.batch();
        int context = r.decodeContextTokens();
        PhaseTime step = phases.decodeStep(batch, context);
        PhaseTime prefill = phases.prefill(r.inputTokens());
        double stepSeconds = step.totalSeconds();
        double prefillSeconds = prefill.totalSeconds();
        double prefillShare = batch * phases.prefillMarginalSeconds(prefill);
        double decodeShare = r.outputTokens() * stepSeconds;
        double cycle = prefillShare + decodeShare;
        double requestsPerSecond = batch / cycle;
        double tokensPerSecond = r.outputTokens() * requestsPerSecond;
        double tpot = cycle / r.outputTokens();
        double rho = prefillShare / cycle;
        double ttft = r.engine().continuousBatching()
                ? prefillSeconds + stepSeconds + rho / (1 - rho) * prefillSeconds / 2
                : cycle / 2 + Math.max(prefillSeconds, prefillShare);
        double endToEnd = ttft + (r.outputTokens() - 1) * tpot;
        Bound bound = prefillShare > decodeShare ? prefill.bound() : step.bound();

        double busy = (double) Math.min(batch, par.pipeline()) / par.pipeline();
        double decodeWatts = PowerModel.acceleratorWatts(a, step, busy);
        double prefillWatts = PowerModel.acceleratorWatts(a, prefill, 1.0);
        double acceleratorWatts = (prefillShare * prefillWatts + decodeShare * decodeWatts) / cycle;
        double watts = acceleratorWatts + PowerModel.hostShareWatts(r.server());
        double replicaWatts = watts * par.devices();

        double u = Uncertainty.relative(bound, m.isMoe(), !p.note().isEmpty() && !r.weightOnly(), false);
        return new Estimate(true, "", m.id(), m.kind(), a.id(), r.engine().id(), p.weights(), p.compute(), par,
                batch, mem.maxBatch(), r.inputTokens(), r.outputTokens(), context, bound,
                prefillSeconds, stepSeconds, ttft, tpot, endToEnd, tokensPerSecond, requestsPerSecond,
                mem.weightsBytesPerDevice(), mem.kvBytesPerTokenPerDevice(),
                batch * requestTokens * mem.kvBytesPerTokenPerDevice(),
                LlmPhases.expertsTouched(m, (double) batch / Math.min(batch, par.pipeline())),
                acceleratorWatts, watts, replicaWatts / tokensPerSecond, replicaWatts / requestsPerSecond,
                tokensPerSecond * (1 - u), tokensPerSecond * (1 + u), assumptions);
    }

    /** Why the parallel layout cannot run at all, or null when it can. */
    static String structuralProblem(EstimateRequest r) {
        Parallelism par = r.parallelism();
        if (par.tensor() > r.scaleUpDomainSize()) {
            return "tensor-parallel degree " + par.tensor() + " exceeds the scale-up domain of "
                    + r.scaleUpDomainSize() + " devices" + (r.server() != null ? " of " + r.server().id() : " of " + r.accelerator().id());
        }
        if (par.tensor() > 1 && r.accelerator().scaleUpBidirectionalBytesPerSecond() <= 0) {
            return r.accelerator().id() + " has no scale-up link for tensor parallelism";
        }
        if (r.model().kind().generatesTokens() && par.pipeline() > r.model().layers()) {
            return "pipeline degree " + par.pipeline() + " exceeds the model's " + r.model().layers() + " layers";
        }
        return null;
    }

    private static String gb(double bytes) {
        return dev.hallplan.catalog.units.UnitFormat.bytes(bytes);
    }
}
