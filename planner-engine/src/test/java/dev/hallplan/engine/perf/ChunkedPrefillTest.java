package dev.hallplan.engine.perf;

import dev.hallplan.catalog.Precision;
import dev.hallplan.catalog.ServingEngine;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Long prompts are prefilled in chunks of the engine's token budget. */
class ChunkedPrefillTest {
    private final ServingEngine trt = TestHardware.trtLlm();

    private ServingEngine withChunk(int tokens) {
        return new ServingEngine(trt.id(), trt.name(), trt.memoryBandwidthEfficiency(), trt.computeEfficiency(),
                trt.stepOverheadSeconds(), trt.runtimeReserveBytes(), trt.kvCacheUtilization(), trt.continuousBatching(),
                trt.precisions(), trt.memoryUtilization(), trt.maxConcurrentSequences(), tokens, trt.kvCacheDtype(),
                trt.fp8Attention(), trt.calibrations(), trt.sources());
    }

    private EstimateRequest llama70b(int input, ServingEngine engine) {
        return EstimateRequest.of(ModelZoo.builtIn().require("llama-3.1-70b"), TestHardware.h200(), engine)
                .withPrecision(Precision.FP8).withTensorParallel(2).withTokens(input, 200).withBatch(16);
    }

    @Test
    void promptWithinTheBudgetIsOnePiece() {
        Estimate chunked = Estimator.estimate(llama70b(6000, withChunk(8192)));
        Estimate whole = Estimator.estimate(llama70b(6000, withChunk(0)));
        assertEquals(whole.prefillSeconds(), chunked.prefillSeconds(), 1e-15);
        assertEquals(whole.ttftSeconds(), chunked.ttftSeconds(), 1e-15);
    }

    @Test
    void longPromptTakesSeveralChunksEachRidingADecodeStep() {
        // 24,000 tokens in chunks of 8,192: 3 chunks, each streaming the weights and re-reading the KV
        // of the chunks before it, each riding in one decode step of the running batch
        Estimate chunked = Estimator.estimate(llama70b(24_000, withChunk(8192)));
        Estimate whole = Estimator.estimate(llama70b(24_000, withChunk(0)));
        assertTrue(chunked.prefillSeconds() > whole.prefillSeconds());
        double extraSteps = 2 * chunked.decodeStepSeconds();
        assertTrue(chunked.ttftSeconds() - whole.ttftSeconds() >= extraSteps, whole.ttftSeconds() + " -> " + chunked.ttftSeconds());
        assertTrue(chunked.outputTokensPerSecond() < whole.outputTokensPerSecond(), "re-read KV costs throughput");
        assertTrue(chunked.outputTokensPerSecond() > 0.95 * whole.outputTokensPerSecond(), "but little");
    }

    @Test
    void smallerBudgetMeansMoreChunksAndALongerFirstToken() {
        double previous = 0;
        for (int budget : new int[]{16_384, 8192, 4096, 2048}) {
            double ttft = Estimator.estimate(llama70b(16_000, withChunk(budget))).ttftSeconds();
            assertTrue(ttft > previous, budget + ": " + ttft);
            previous = ttft;
        }
    }

    @Test
    void perCallBudgetActsExactlyLikeTheEnginesOwnAndChangesNothingElse() {
        // the per-call budget must give what an engine profile with that budget gives, and leave
        // the decode step (weights, KV, batch) untouched
        Estimate perCall = Estimator.estimate(llama70b(16_000, trt).withPrefillChunkTokens(2048));
        Estimate profile = Estimator.estimate(llama70b(16_000, withChunk(2048)));
        Estimate engines = Estimator.estimate(llama70b(16_000, trt));
        assertEquals(profile.prefillSeconds(), perCall.prefillSeconds(), 1e-15);
        assertEquals(profile.ttftSeconds(), perCall.ttftSeconds(), 1e-15);
        assertEquals(profile.outputTokensPerSecond(), perCall.outputTokensPerSecond(), 1e-9);
        assertEquals(engines.decodeStepSeconds(), perCall.decodeStepSeconds(), 1e-15);
        assertEquals(engines.weightsBytesPerDevice(), perCall.weightsBytesPerDevice());
        assertTrue(perCall.ttftSeconds() > engines.ttftSeconds(), engines.ttftSeconds() + " -> " + perCall.ttftSeconds());
        assertEquals(engines.ttftSeconds(), Estimator.estimate(llama70b(16_000, trt).withPrefillChunkTokens(0)).ttftSeconds(), 0,
                "0 means the engine's budget");
    }

    @Test
    void negativeBudgetIsRefusedWithItsName() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> llama70b(16_000, trt).withPrefillChunkTokens(-1));
        assertTrue(e.getMessage().contains("prefill chunk tokens"), e.getMessage());
    }
}
