package dev.hallplan.engine.perf;

import java.util.List;

/** Shared construction of "does not fit" estimates and of run conditions. */
final class Results {
    private Results() {
    }

    static Estimate doesNotFit(EstimateRequest r, PrecisionPlan p, Efficiencies eff, String reason,
                               double weightsBytesPerDevice, double kvBytesPerToken, int maxBatch,
                               List<String> assumptions) {
        boolean llm = r.model().kind().generatesTokens();
        return new Estimate(false, reason, r.model().id(), r.model().kind(), r.accelerator().id(), r.engine().id(),
                p.weights(), p.compute(), r.parallelism(), r.batch(), maxBatch,
                llm ? r.inputTokens() : 0, llm ? r.outputTokens() : 0, llm ? r.decodeContextTokens() : 0,
                Bound.MEMORY, 0, 0, 0, 0, 0, 0, 0, weightsBytesPerDevice, kvBytesPerToken, 0, 0,
                0, 0, 0, 0, 0, 0, assumptions, conditions(r, p, eff, null, 1, 1, llm));
    }

    static RunConditions conditions(EstimateRequest r, PrecisionPlan p, Efficiencies eff, Link link,
                                    double prefillClock, double decodeClock, boolean llm) {
        return new RunConditions(r.effectivePowerLimitWatts(), prefillClock, decodeClock,
                link == null ? "none" : link.name(), llm ? p.kv() : null, eff.memory(), eff.compute(),
                eff.calibration(), r.effectiveStepOverheadSeconds(), RunConditions.MEAN, 1);
    }
}
