package dev.hallplan.engine.perf;

import java.util.List;

/** Shared construction of "does not fit" estimates. */
final class Results {
    private Results() {
    }

    static Estimate doesNotFit(EstimateRequest r, PrecisionPlan p, String reason, double weightsBytesPerDevice,
                               double kvBytesPerToken, int maxBatch, List<String> assumptions) {
        boolean llm = r.model().kind().generatesTokens();
        return new Estimate(false, reason, r.model().id(), r.model().kind(), r.accelerator().id(), r.engine().id(),
                p.weights(), p.compute(), r.parallelism(), r.batch(), maxBatch,
                llm ? r.inputTokens() : 0, llm ? r.outputTokens() : 0, llm ? r.decodeContextTokens() : 0,
                Bound.MEMORY, 0, 0, 0, 0, 0, 0, 0, weightsBytesPerDevice, kvBytesPerToken, 0, 0,
                0, 0, 0, 0, 0, 0, assumptions);
    }
}
