package dev.hallplan.engine.perf;

import dev.hallplan.catalog.Precision;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Cases worked by hand from the formulas in docs/throughput-model.md. H100 (test fixture): 80 GB,
 * 3.35 TB/s, 989 TFLOP/s BF16, 1,979 FP8, 700 W TDP, 90 W idle, no family (so no calibration row
 * applies) and no compute-power figure (so saturated arithmetic at peak clock draws TDP - idle =
 * 610 W above idle). TensorRT-LLM profile defaults: memory efficiency 0.80 (2.68 TB/s achieved),
 * compute 0.793 (784.28 TFLOP/s BF16), 1.5 ms step overhead, BF16 KV cache with BF16 arithmetic.
 * Power limiter: memory at full bandwidth draws 0.6 x 610 = 366 W above idle; the budget is 610 W.
 */
class HandComputedCasesTest {
    private static final double ACHIEVED_BW = 3.35e12 * 0.80;
    private static final double ACHIEVED_BF16 = 989e12 * 0.793;
    private final ModelZoo zoo = ModelZoo.builtIn();

    private EstimateRequest llama8b() {
        return EstimateRequest.of(zoo.require("llama-3.1-8b"), TestHardware.h100(), TestHardware.trtLlm());
    }

    @Test
    void llama8bWeightsAndKvPerToken() {
        Estimate e = Estimator.estimate(llama8b());
        // 8.03e9 parameters x 2 bytes (BF16)
        assertEquals(16.06e9, e.weightsBytesPerDevice(), 1);
        // 2 (K and V) x 32 layers x 8 KV heads x 128 head dim x 2 bytes
        assertEquals(131_072, e.kvCacheBytesPerToken(), 1e-9);
    }

    @Test
    void llama8bDecodeStepAtBatchOneIsWeightStreamingPlusOverhead() {
        Estimate e = Estimator.estimate(llama8b());
        // context = 1024 + 256/2 = 1152 tokens. Linear layers: 16.06 GB / 2.68 TB/s = 5.9925 ms
        // (arithmetic 2 x 8.03e9 / 784.3 TFLOP/s = 20 us is hidden; power 366 W + 610 W x 20/5992
        // = 368 W above idle, under the 610 W budget, so full clock). Attention: 1152 x 131,072 B
        // / 2.68 TB/s = 56.3 us. Plus 1.5 ms step overhead: 7.549 ms.
        double expected = 16.06e9 / ACHIEVED_BW + 1152 * 131_072.0 / ACHIEVED_BW + 0.0015;
        assertEquals(expected, e.decodeStepSeconds(), 1e-12);
        assertEquals(0.007549, e.decodeStepSeconds(), 1e-6);
        assertEquals(Bound.MEMORY, e.bound());
        assertEquals(1.0, e.conditions().decodeClockFraction(), 1e-12);
    }

    @Test
    void llama8bPrefillOf1024TokensIsComputeBoundAndPowerLimited() {
        Estimate e = Estimator.estimate(llama8b());
        // linear: arithmetic c = 2 x 8.03e9 x 1024 / 784.28 TFLOP/s = 20.968 ms, weights m = 5.9925 ms.
        // At peak clock it would draw 366 W x 5.9925/20.968 + 610 W = 714.6 W above idle > 610 W, so
        // the clock falls to s with 610 s^2 + 104.6 s = 610: s = 0.91793, time c / s = 22.843 ms.
        // attention: c = 1024^2 / 2 x (32 x 32 x 4 x 128) / 784.28 TFLOP/s = 0.35048 ms (KV writes
        // 50 us): 610 s^2 + 52.3 s = 610, s = 0.95806, 0.36582 ms. + 1.5 ms overhead = 24.709 ms
        assertEquals(0.024709, e.prefillSeconds(), 1e-6);
        assertEquals(0.918, e.conditions().prefillClockFraction(), 0.001);
    }

    @Test
    void llama8bSteadyStateAtBatchOne() {
        Estimate e = Estimator.estimate(llama8b());
        // cycle = prefill arithmetic at its clock (22.843 + 0.366 ms) + 256 decode steps x 7.549 ms = 1.9558 s
        double cycle = 0.022843 + 0.000366 + 256 * e.decodeStepSeconds();
        assertEquals(1 / cycle, e.requestsPerSecond(), 1e-5);
        assertEquals(256 / cycle, e.outputTokensPerSecond(), 2e-3);
        assertEquals(cycle / 256, e.tpotSeconds(), 1e-7);
    }

    @Test
    void kvPerTokenOfGqaSplitsOverTensorParallelUntilOneHeadPerDevice() {
        ModelSpec m = zoo.require("llama-3.1-70b");
        PrecisionPlan bf16 = PrecisionPlan.resolve(Precision.BF16, false, TestHardware.h100(), TestHardware.trtLlm());
        // 2 x 80 layers x 8 heads x 128 x 2 B = 327,680 B; tp 8 leaves 1 head: 40,960 B;
        // tp 16 cannot split 8 heads further, each device keeps (a replica of) one: 40,960 B
        assertEquals(327_680, kv(m, bf16, 1), 1e-9);
        assertEquals(40_960, kv(m, bf16, 8), 1e-9);
        assertEquals(40_960, kv(m, bf16, 16), 1e-9);
    }

    @Test
    void kvPerTokenOfMlaIsTheLatentReplicatedOverTensorParallel() {
        ModelSpec m = zoo.require("deepseek-v3");
        PrecisionPlan fp8 = PrecisionPlan.resolve(Precision.FP8, false, TestHardware.h200(), TestHardware.trtLlm());
        // 61 layers x (512 latent + 64 rope) x 1 B (FP8 cache) = 35,136 B, the same on every tp device
        assertEquals(35_136, kv(m, fp8, 1), 1e-9);
        assertEquals(35_136, kv(m, fp8, 8), 1e-9);
    }

    private static double kv(ModelSpec m, PrecisionPlan p, int tp) {
        return LlmMemory.of(m, p, Parallelism.tensor(tp), 80_000_000_000L, TestHardware.trtLlm(), 1).kvBytesPerTokenPerDevice();
    }

    @Test
    void powerOfAThreeQuartersMemoryBusyPhase() {
        // memory busy 6 of 8 ms, no arithmetic: load = 0.60 x 0.75 = 0.45;
        // P = 90 W + (700 - 90) W x 0.45 = 364.5 W
        PhaseTime t = new PowerLimiter(TestHardware.h100(), 700).phase(0.006, 0, 0, 0, 0, 0.002);
        assertEquals(364.5, t.watts(90, 1.0), 1e-9);
    }

    @Test
    void bertLargeQueryAtBatchOneOnH100Fp8() {
        EstimateRequest r = EstimateRequest.of(zoo.require("bert-large"), TestHardware.h100(), TestHardware.engine("triton"))
                .withPrecision(Precision.FP8);
        Estimate e = Estimator.estimate(r);
        // bytes: 3.35e8 weights x 1 B + 7.5e7 activation bytes = 4.1e8 B / (3.35 TB/s x 0.75) = 163.2 us
        // arithmetic: 2.46e11 FLOP / (1,979 TFLOP/s x 0.57) = 218.1 us -> compute bound; at peak clock
        // 366 W x 163.2/218.1 + 610 W = 883.9 W above idle > 610 W: 610 s^2 + 273.9 s = 610, s = 0.80038,
        // 272.5 us. Batch time = 272.5 us + 0.3 ms overhead = 572.5 us; 1 / 572.5 us = 1,747 queries/s
        assertEquals(5.7246e-4, e.prefillSeconds(), 1e-8);
        assertEquals(1 / e.prefillSeconds(), e.requestsPerSecond(), 1e-9);
        assertEquals(1746.8, e.requestsPerSecond(), 0.2);
        assertEquals(1.5 * e.prefillSeconds(), e.ttftSeconds(), 1e-15);
        assertEquals(Bound.COMPUTE, e.bound());
    }
}
