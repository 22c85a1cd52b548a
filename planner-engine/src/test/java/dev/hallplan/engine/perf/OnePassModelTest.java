package dev.hallplan.engine.perf;

import dev.hallplan.catalog.Precision;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OnePassModelTest {
    private final ModelZoo zoo = ModelZoo.builtIn();

    private EstimateRequest on(String model, Precision p) {
        return EstimateRequest.of(zoo.require(model), TestHardware.h100(), TestHardware.engine("triton")).withPrecision(p);
    }

    @Test
    void queriesPerSecondAndLatencyRiseWithBatch() {
        EstimateRequest r = on("clip-vit-l-14", Precision.FP8);
        Estimate previous = Estimator.estimate(r);
        for (int b = 2; b <= 256; b *= 2) {
            Estimate e = Estimator.estimate(r.withBatch(b));
            assertTrue(e.requestsPerSecond() > previous.requestsPerSecond(), "batch " + b);
            assertTrue(e.ttftSeconds() > previous.ttftSeconds(), "batch " + b);
            previous = e;
        }
    }

    @Test
    void bestBatchMeetsTheQueryLatencyLimit() {
        Slo slo = new Slo(0.050, 1);
        Estimate e = Estimator.bestWithinSlo(on("bert-large", Precision.FP8), slo,
                new OperatingSpace(java.util.List.of(Precision.FP8), java.util.List.of(1), 4096)).orElseThrow();
        assertTrue(e.ttftSeconds() <= 0.050);
        assertTrue(e.batch() > 1);
        Estimate next = Estimator.estimate(on("bert-large", Precision.FP8).withBatch(e.batch() + 1));
        assertTrue(!next.fits() || next.ttftSeconds() > 0.050, "the next batch must break the limit");
    }

    @Test
    void whisperIsBoundByItsDecoderLoop() {
        // ~100 decode steps per chunk, each re-reading decoder weights and cross-attention K/V
        Estimate e = Estimator.estimate(on("whisper-large-v3", Precision.BF16).withBatch(16));
        assertEquals(Bound.MEMORY, e.bound());
        assertTrue(e.joulesPerRequest() > 0);
        assertEquals(0, e.joulesPerOutputToken());
    }

    @Test
    void dlrmEmbeddingTablesFitInFp8ButNotFp32OnOneH100() {
        // 2.4e10 parameters: 24 GB at 1 byte, 96 GB at 4 bytes > 80 GB
        assertTrue(Estimator.estimate(on("dlrm-v2", Precision.FP8)).fits());
        Estimate fp32 = Estimator.estimate(on("dlrm-v2", Precision.FP32));
        assertFalse(fp32.fits());
        assertTrue(fp32.reason().contains("no room"), fp32.reason());
    }

    @Test
    void nothingWithinAnImpossibleLatency() {
        Optional<Estimate> e = Estimator.bestWithinSlo(on("whisper-large-v3", Precision.BF16), new Slo(1e-4, 1));
        assertTrue(e.isEmpty());
    }
}
