package dev.hallplan.engine.perf;

import dev.hallplan.catalog.Accelerator;
import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CatalogLoader;
import dev.hallplan.catalog.Precision;
import dev.hallplan.catalog.ServingEngine;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Calibration lookup, KV-cache format, memory as engines allocate it, the running-sequence cap. */
class EngineBehaviourTest {
    private final Catalog catalog = CatalogLoader.builtIn();
    private final ModelZoo zoo = ModelZoo.builtIn();
    private final ServingEngine vllm = catalog.engine("vllm").orElseThrow();
    private final ServingEngine trt = catalog.engine("tensorrt-llm").orElseThrow();

    private EstimateRequest on(String accelerator, ServingEngine engine) {
        return EstimateRequest.of(zoo.require("llama-3.1-8b"), catalog.accelerator(accelerator).orElseThrow(), engine)
                .withPrecision(Precision.FP8).withBatch(16);
    }

    @Test
    void calibrationRowOfTheFamilyAndPrecisionApplies() {
        Estimate e = Estimator.estimate(on("nvidia-h100-nvl", trt));
        ServingEngine.Calibration hopperFp8 = trt.calibration("hopper", Precision.FP8).orElseThrow();
        assertSame(hopperFp8, e.conditions().calibration());
        assertEquals(hopperFp8.computeEfficiency(), e.conditions().computeEfficiency(), 1e-15);
    }

    @Test
    void withoutARowTheEngineFiguresApply() {
        Estimate e = Estimator.estimate(on("nvidia-h100-sxm", trt).withPrecision(Precision.BF16));
        assertNull(e.conditions().calibration());
        assertEquals(trt.computeEfficiency(), e.conditions().computeEfficiency(), 1e-15);
        assertEquals(trt.memoryBandwidthEfficiency(), e.conditions().memoryEfficiency(), 1e-15);
    }

    @Test
    void computeOverrideReplacesOnlyTheComputeFigure() {
        Estimate e = Estimator.estimate(on("nvidia-h100-nvl", trt).withEfficiencies(Double.NaN, 0.3));
        assertEquals(0.3, e.conditions().computeEfficiency(), 1e-15);
        assertEquals(trt.memoryBandwidthEfficiency(), e.conditions().memoryEfficiency(), 1e-15);
        assertEquals(trt.stepOverheadSeconds(), e.conditions().stepOverheadSeconds(), 1e-15);
    }

    @Test
    void vllmKeepsBf16KvUnlessToldOtherwiseAndComputesAttentionIn16Bits() {
        EstimateRequest r = on("nvidia-h100-sxm", vllm);
        Estimate auto = Estimator.estimate(r);
        Estimate fp8Kv = Estimator.estimate(r.withKvCacheDtype(Precision.FP8));
        // 2 x 32 layers x 8 heads x 128 x 2 B = 131,072 B; FP8 halves it
        assertEquals(131_072, auto.kvCacheBytesPerToken(), 1e-9);
        assertEquals(65_536, fp8Kv.kvCacheBytesPerToken(), 1e-9);
        assertEquals(Precision.BF16, auto.conditions().kvCachePrecision());
        PrecisionPlan p = PrecisionPlan.resolve(Precision.FP8, false, catalog.accelerator("nvidia-h100-sxm").orElseThrow(),
                vllm, Precision.FP8);
        assertEquals(989e12, p.attentionFlopsPerSecond(), 1e6, "vLLM attention stays in BF16 even on an FP8 cache");
    }

    @Test
    void tensorRtLlmKeepsAnFp8CacheAndFp8AttentionWithFp8Arithmetic() {
        Accelerator h100 = catalog.accelerator("nvidia-h100-sxm").orElseThrow();
        PrecisionPlan p = PrecisionPlan.resolve(Precision.FP8, false, h100, trt, null);
        assertEquals(Precision.FP8, p.kv());
        assertEquals(1979e12, p.attentionFlopsPerSecond(), 1e6);
        assertEquals(Precision.BF16, PrecisionPlan.resolve(Precision.BF16, false, h100, trt, null).kv());
    }

    @Test
    void vllmMemoryUtilizationAppliesToTotalDeviceMemory() {
        // vLLM: budget = 80 GB x 0.9 - weights - activations - reserve; TensorRT-LLM: (80 GB - ...) x 0.9
        EstimateRequest r = on("nvidia-h100-sxm", vllm);
        PrecisionPlan p = PrecisionPlan.resolve(Precision.FP8, false, r.accelerator(), vllm);
        LlmMemory m = LlmMemory.of(r.model(), p, Parallelism.NONE, 80_000_000_000L, vllm, 1);
        assertEquals(80e9 * 0.9 - m.weightsBytesPerDevice() - m.activationBytesPerDevice() - vllm.runtimeReserveBytes(),
                m.kvBudgetBytes(), 1);
        LlmMemory t = LlmMemory.of(r.model(), p, Parallelism.NONE, 80_000_000_000L, trt, 1);
        assertEquals((80e9 - t.weightsBytesPerDevice() - t.activationBytesPerDevice() - trt.runtimeReserveBytes()) * 0.9,
                t.kvBudgetBytes(), 1);
    }

    @Test
    void runningSequencesStopAtTheEngineCapUnlessTheCallRaisesIt() {
        EstimateRequest r = on("nvidia-h200-sxm", vllm).withTokens(128, 64);
        Estimate e = Estimator.estimate(r);
        assertEquals(1024, e.maxBatch(), "vLLM max_num_seqs on devices of 70 GiB or more");
        Estimate over = Estimator.estimate(r.withBatch(1025));
        assertFalse(over.fits());
        assertTrue(over.reason().contains("1024 running sequences"), over.reason());
        assertTrue(Estimator.estimate(r.withMaxConcurrentSequences(4000).withBatch(1025)).fits());
    }

    @Test
    void pagedEnginesHoldTheMeanContextStaticBatchingReservesTheFullLength() {
        EstimateRequest r = on("nvidia-h100-sxm", vllm).withTokens(1000, 400);
        assertEquals(1200, LlmMemory.occupancyTokens(r), 1e-12);
        ServingEngine triton = catalog.engine("triton").orElseThrow();
        assertEquals(1400, LlmMemory.occupancyTokens(r.withEngine(triton)), 1e-12);
    }
}
