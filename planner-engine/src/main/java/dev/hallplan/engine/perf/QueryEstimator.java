package dev.hallplan.engine.perf;

import dev.hallplan.catalog.Accelerator;

import java.util.List;

/**
 * One-pass models (embedding, ranking, speech, vision) under dynamic batching (see
 * docs/throughput-model.md, "One-pass models"):
 *
 * <pre>
 * batchTime = max(batch x flopsPerQuery / (d x peak x ce),
 *                 (paramsPerBatch x wB + batch x (paramsPerQuery x wB + activationBytes)) / (d x bandwidth x me))
 *             + sequentialSteps x stepOverhead
 * queries/s = batch / batchTime;  latency = 1.5 x batchTime
 * footprint = weights / d + batch x activationBytes / sequentialSteps / d   (must fit in memory - reserve)
 * </pre>
 */
final class QueryEstimator {
    private QueryEstimator() {
    }

    static Estimate estimate(EstimateRequest r) {
        ModelSpec m = r.model();
        QueryProfile q = m.query();
        Accelerator a = r.accelerator();
        int d = r.parallelism().devices();
        PrecisionPlan p = PrecisionPlan.resolve(r.precision(), r.weightOnly(), a, r.engine());
        Efficiencies eff = Efficiencies.resolve(r, p.compute());
        List<String> assumptions = Assumptions.onePass(r, p);
        double wB = p.weightBytesPerValue();
        double weights = m.totalParameters() * wB / d;
        double perQueryFootprint = q.activationBytesPerQuery() / q.sequentialStepsPerBatch() / d;
        double budget = (a.memoryBytes() * r.engine().memoryUtilization() - weights - r.engine().runtimeReserveBytes())
                * r.engine().kvCacheUtilization();
        int maxBatch = budget <= 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, Math.floor(budget / perQueryFootprint));
        String structural = LlmEstimator.structuralProblem(r);
        if (structural != null) {
            return Results.doesNotFit(r, p, eff, structural, weights, 0, 0, assumptions);
        }
        if (maxBatch == 0) {
            return Results.doesNotFit(r, p, eff, "weights of " + dev.hallplan.catalog.units.UnitFormat.bytes(weights)
                    + " per device leave no room for one query on " + a.id(), weights, 0, 0, assumptions);
        }
        if (r.batch() > maxBatch) {
            return Results.doesNotFit(r, p, eff, "batch " + r.batch() + " exceeds the largest that fits in memory, "
                    + maxBatch, weights, 0, maxBatch, assumptions);
        }
        int batch = r.batch();
        double bytes = (q.parametersReadPerBatch() * wB
                + batch * (q.parametersReadPerQuery() * wB + q.activationBytesPerQuery())) / d;
        double flops = batch * q.flopsPerQuery() / d;
        PowerLimiter limiter = new PowerLimiter(a, r.effectivePowerLimitWatts());
        PhaseTime t = limiter.phase(bytes / (a.memoryBandwidthBytesPerSecond() * eff.memory()),
                flops / (p.computeFlopsPerSecond() * eff.compute()), 0, 0, 0,
                q.sequentialStepsPerBatch() * r.effectiveStepOverheadSeconds());
        double batchSeconds = t.totalSeconds();
        double latency = 1.5 * batchSeconds;
        double queriesPerSecond = batch / batchSeconds;
        double acceleratorWatts = t.watts(a.idleWatts(), 1.0);
        double watts = acceleratorWatts + PowerModel.hostShareWatts(r.server(), a, acceleratorWatts);
        boolean fellBack = !p.note().isEmpty() && !r.weightOnly();
        boolean calibrated = eff.calibration() != null;
        return new Estimate(true, "", m.id(), m.kind(), a.id(), r.engine().id(), p.weights(), p.compute(),
                r.parallelism(), batch, maxBatch, 0, 0, 0, t.bound(),
                batchSeconds, batchSeconds, latency, 0, latency, 0, queriesPerSecond,
                weights, 0, 0, 0, acceleratorWatts, watts, 0, watts * d / queriesPerSecond,
                queriesPerSecond * (1 + Uncertainty.low(true, false, fellBack, calibrated)),
                queriesPerSecond * (1 + Uncertainty.high(true, false, fellBack, calibrated)), assumptions,
                Results.conditions(r, p, eff, null, t.clockFraction(), t.clockFraction(), false));
    }
}
