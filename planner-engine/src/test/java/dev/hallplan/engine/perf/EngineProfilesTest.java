package dev.hallplan.engine.perf;

import dev.hallplan.catalog.Provenance;
import dev.hallplan.catalog.ProvenanceKind;
import dev.hallplan.catalog.ServingEngine;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built-in engines.json (owned with the estimator) parses into valid records with honest provenance. */
class EngineProfilesTest {
    @Test
    void builtInEnginesAreTheServingEnginesAndTheEarlierTensorRtLlmBuild() {
        assertEquals(Set.of("vllm", "tensorrt-llm", "tensorrt-llm-2024", "tgi", "sglang", "onnx-runtime",
                "deepspeed-inference", "triton"), TestHardware.engines().keySet());
    }

    @Test
    void everyCalibrationRowCitesTheMeasurementsItWasFittedTo() {
        int rows = 0;
        for (ServingEngine e : TestHardware.engines().values()) {
            for (ServingEngine.Calibration c : e.calibrations()) {
                assertTrue(c.source().contains("https://github.com/mlcommons/inference_results_v"), e.id() + " " + c);
                assertTrue(c.note().contains("ValidationTableTest"), e.id() + " " + c);
                rows++;
            }
        }
        assertTrue(rows >= 5, "calibration rows: " + rows);
    }

    @Test
    void vllmKeepsA16BitKvCacheAndSizesByTotalMemoryWhileTensorRtLlmUsesFreeMemory() {
        ServingEngine vllm = TestHardware.engine("vllm");
        ServingEngine trt = TestHardware.engine("tensorrt-llm");
        assertEquals(dev.hallplan.catalog.Precision.BF16, vllm.kvCacheDtype());
        assertEquals(0.9, vllm.memoryUtilization(), 1e-12);
        assertEquals(1.0, vllm.kvCacheUtilization(), 1e-12);
        assertEquals(1024, vllm.maxConcurrentSequences());
        assertEquals(null, trt.kvCacheDtype());
        assertEquals(1.0, trt.memoryUtilization(), 1e-12);
        assertEquals(0.9, trt.kvCacheUtilization(), 1e-12);
        assertTrue(trt.fp8Attention() && !vllm.fp8Attention());
    }

    @Test
    void everyEfficiencyIsAnEstimateSayingWhatItIsCalibratedAgainst() {
        for (ServingEngine e : TestHardware.engines().values()) {
            Provenance p = e.sources().of("computeEfficiency").orElseThrow();
            assertEquals(ProvenanceKind.ESTIMATE, p.kind(), e.id());
            assertTrue(p.note().contains("calibration estimate"), e.id());
            assertTrue(p.source().contains("http"), e.id());
        }
    }

    @Test
    void llmEnginesBatchContinuouslyAndOnePassServersDoNot() {
        assertTrue(TestHardware.engine("vllm").continuousBatching());
        assertTrue(TestHardware.engine("tensorrt-llm").continuousBatching());
        assertTrue(!TestHardware.engine("triton").continuousBatching());
    }
}
