package dev.hallplan.engine.perf;

import dev.hallplan.catalog.Accelerator;
import dev.hallplan.catalog.CatalogLoader;
import dev.hallplan.catalog.Precision;
import dev.hallplan.catalog.ServingEngine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Keeps the engine profiles honest against the published measurements they were calibrated on or
 * checked against (docs/throughput-model.md, "Validation"). Llama-2-70B, 300 input tokens (assumed)
 * and 290 output tokens (tokens/s / samples/s of the same MLPerf log), offline, best tp up to 8.
 */
class MlperfCalibrationTest {
    private static double estimatedPerGpu(Accelerator a, ServingEngine engine, Precision p) {
        EstimateRequest r = EstimateRequest.of(ModelZoo.builtIn().require("llama-2-70b"), a, engine).withTokens(300, 290);
        OperatingSpace space = new OperatingSpace(List.of(p), OperatingSpace.tensorDegreesUpTo(8), 2048);
        return Estimator.bestWithinSlo(r, Slo.NONE, space).orElseThrow().outputTokensPerSecondPerDevice();
    }

    @Test
    void tensorRtLlmOnH100ReproducesMlperf41OfflineWithinTenPercent() {
        // MLPerf v4.1 DGX-H100 TRT llama2-70b-99.9 Offline: 24,524.9 tokens/s on 8 GPUs (calibration row)
        assertEquals(24_524.9 / 8, estimatedPerGpu(TestHardware.h100(), TestHardware.trtLlm(), Precision.FP8), 0.10 * 24_524.9 / 8);
    }

    @Test
    void tensorRtLlmOnH200StaysWithinFifteenPercentOfMlperf41() {
        // MLPerf v4.1 H200-SXM-141GBx8 TRT llama2-70b-99 Offline: 31,302.7 tokens/s on 8 GPUs (out of sample)
        assertEquals(31_302.7 / 8, estimatedPerGpu(TestHardware.h200(), TestHardware.trtLlm(), Precision.FP8), 0.15 * 31_302.7 / 8);
    }

    @Test
    void vllmOnBuiltInMi325xStaysWithinFifteenPercentOfMlperf50() {
        // MLPerf v5.0 AMD 8xMI325X vLLM llama2-70b-99.9 Offline: 33,928.1 tokens/s on 8 GPUs (out of sample)
        Accelerator mi325x = CatalogLoader.builtIn().accelerator("amd-mi325x").orElseThrow();
        assertEquals(33_928.1 / 8, estimatedPerGpu(mi325x, TestHardware.engine("vllm"), Precision.FP8), 0.15 * 33_928.1 / 8);
    }
}
