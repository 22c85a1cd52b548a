package dev.hallplan.engine.perf;

import dev.hallplan.catalog.Precision;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Cases worked by hand from the formulas in docs/throughput-model.md. H100: 80 GB, 3.35 TB/s,
 * 989 TFLOP/s BF16, 1,979 FP8, 700 W TDP, 90 W idle. TensorRT-LLM profile: memory efficiency
 * 0.80 (2.68 TB/s achieved), compute 0.57 (563.73 TFLOP/s BF16, 1,128.03 FP8), 1.5 ms step overhead.
 */
class HandComputedCasesTest {
    private static final double ACHIEVED_BW = 3.35e12 * 0.80;
    private static final double ACHIEVED_BF16 = 989e12 * 0.57;
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
        // (arithmetic 2 x 8.03e9 / 563.7 TFLOP/s = 28 us is hidden). Attention: 1152 x 131,072 B
        // / 2.68 TB/s = 56.3 us (its 0.6 GFLOP take 1 us). Plus 1.5 ms step overhead: 7.549 ms.
        double expected = 16.06e9 / ACHIEVED_BW + 1152 * 131_072.0 / ACHIEVED_BW + 0.0015;
        assertEquals(expected, e.decodeStepSeconds(), 1e-12);
        assertEquals(0.007549, e.decodeStepSeconds(), 1e-6);
        assertEquals(Bound.MEMORY, e.bound());
    }

    @Test
    void llama8bPrefillOf1024TokensIsComputeBound() {
        Estimate e = Estimator.estimate(llama8b());
        // linear: 2 x 8.03e9 x 1024 FLOP / 563.73 TFLOP/s = 29.17 ms (> 5.99 ms of weights);
        // attention: 1024^2 / 2 pairs x (32 layers x 32 heads x 4 x 128) FLOP / 563.73 TFLOP/s = 0.488 ms
        // (> 50 us of KV writes); + 1.5 ms overhead = 31.16 ms
        double linear = 2 * 8.03e9 * 1024 / ACHIEVED_BF16;
        double attention = 1024.0 * 1024 / 2 * (32 * 32 * 4 * 128) / ACHIEVED_BF16;
        assertEquals(linear + attention + 0.0015, e.prefillSeconds(), 1e-12);
        assertEquals(0.03116, e.prefillSeconds(), 1e-5);
    }

    @Test
    void llama8bSteadyStateAtBatchOne() {
        Estimate e = Estimator.estimate(llama8b());
        // cycle = prefill arithmetic (29.17 + 0.49 ms) + 256 decode steps x 7.549 ms = 1.9622 s
        double prefillArithmetic = 2 * 8.03e9 * 1024 / ACHIEVED_BF16 + 1024.0 * 1024 / 2 * (32 * 32 * 4 * 128) / ACHIEVED_BF16;
        double cycle = prefillArithmetic + 256 * e.decodeStepSeconds();
        assertEquals(1 / cycle, e.requestsPerSecond(), 1e-12);
        assertEquals(256 / cycle, e.outputTokensPerSecond(), 1e-9);
        assertEquals(cycle / 256, e.tpotSeconds(), 1e-15);
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
        return LlmMemory.of(m, p, Parallelism.tensor(tp), 80_000_000_000L, 0, 1, 1).kvBytesPerTokenPerDevice();
    }

    @Test
    void powerOfAThreeQuartersMemoryBusyPhase() {
        // memory busy 6 of 8 ms, no arithmetic: load = 0.60 x 0.75 = 0.45;
        // P = 90 W + (700 - 90) W x 0.45 = 364.5 W
        PhaseTime t = PhaseTime.of(0.006, 0, 0, 0, 0, 0.002);
        assertEquals(364.5, PowerModel.acceleratorWatts(TestHardware.h100(), t, 1.0), 1e-9);
    }

    @Test
    void bertLargeQueryAtBatchOneOnH100Fp8() {
        EstimateRequest r = EstimateRequest.of(zoo.require("bert-large"), TestHardware.h100(), TestHardware.engine("triton"))
                .withPrecision(Precision.FP8);
        Estimate e = Estimator.estimate(r);
        // bytes: 3.35e8 weights x 1 B + 7.5e7 activation bytes = 4.1e8 B / (3.35 TB/s x 0.75) = 163.2 us
        // arithmetic: 2.46e11 FLOP / (1,979 TFLOP/s x 0.57) = 218.1 us -> compute bound
        // batch time = 218.1 us + 0.3 ms overhead = 518.1 us; 1 / 518.1 us = 1,930 queries/s
        double batchSeconds = 2.46e11 / (1979e12 * 0.57) + 0.0003;
        assertEquals(batchSeconds, e.prefillSeconds(), 1e-15);
        assertEquals(1 / batchSeconds, e.requestsPerSecond(), 1e-9);
        assertEquals(1930.2, e.requestsPerSecond(), 0.1);
        assertEquals(1.5 * batchSeconds, e.ttftSeconds(), 1e-15);
        assertEquals(Bound.COMPUTE, e.bound());
    }
}
