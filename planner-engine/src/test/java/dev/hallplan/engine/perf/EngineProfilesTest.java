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
    void builtInEnginesAreTheSixServingEngines() {
        assertEquals(Set.of("vllm", "tensorrt-llm", "sglang", "onnx-runtime", "deepspeed-inference", "triton"),
                TestHardware.engines().keySet());
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
