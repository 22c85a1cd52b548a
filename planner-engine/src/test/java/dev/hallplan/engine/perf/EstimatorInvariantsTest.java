package dev.hallplan.engine.perf;

import dev.hallplan.catalog.Precision;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EstimatorInvariantsTest {
    private final ModelZoo zoo = ModelZoo.builtIn();

    private EstimateRequest llama70bOnH100() {
        return EstimateRequest.of(zoo.require("llama-3.1-70b"), TestHardware.h100(), TestHardware.trtLlm())
                .withPrecision(Precision.FP8).withTensorParallel(2).withTokens(1000, 300);
    }

    @Test
    void throughputRisesWithBatchUntilMemoryBinds() {
        EstimateRequest r = llama70bOnH100();
        int max = Estimator.estimate(r).maxBatch();
        assertTrue(max > 16, "max batch " + max);
        double previous = 0;
        for (int b = 1; b <= max; b++) {
            Estimate e = Estimator.estimate(r.withBatch(b));
            assertTrue(e.fits(), "batch " + b);
            assertTrue(e.outputTokensPerSecond() > previous, "batch " + b);
            previous = e.outputTokensPerSecond();
        }
        assertFalse(Estimator.estimate(r.withBatch(max + 1)).fits());
    }

    @Test
    void moreBandwidthNeverSlowsDecode() {
        EstimateRequest base = EstimateRequest.of(zoo.require("llama-3.1-8b"), TestHardware.h100(), TestHardware.trtLlm());
        for (int batch : new int[]{1, 8, 64, 256}) {
            double previousStep = Double.POSITIVE_INFINITY;
            for (double bw = 1e12; bw <= 10e12; bw += 0.5e12) {
                Estimate e = Estimator.estimate(base.withAccelerator(TestHardware.h100WithBandwidth(bw)).withBatch(batch));
                assertTrue(e.decodeStepSeconds() <= previousStep, "batch " + batch + " bw " + bw);
                previousStep = e.decodeStepSeconds();
            }
        }
    }

    @Test
    void memoryFitBoundaryIsExact() {
        // Size the device so the KV budget holds exactly 10 requests: memory x memoryUtilization = weights
        // + activations + reserve + 10 x perRequest / kvUtilization. One byte less must leave room for 9 only.
        EstimateRequest r = llama70bOnH100();
        PrecisionPlan p = PrecisionPlan.resolve(Precision.FP8, false, TestHardware.h100(), TestHardware.trtLlm());
        LlmMemory probe = LlmMemory.of(r.model(), p, r.parallelism(), 80_000_000_000L, r.engine(),
                LlmMemory.occupancyTokens(r));
        double exact = (probe.weightsBytesPerDevice() + probe.activationBytesPerDevice() + r.engine().runtimeReserveBytes()
                + 10 * probe.perRequestBytes() / r.engine().kvCacheUtilization()) / r.engine().memoryUtilization();
        long roomy = (long) Math.ceil(exact) + 1;
        long tight = (long) Math.floor(exact) - 1;
        Estimate fits = Estimator.estimate(r.withAccelerator(TestHardware.h100WithMemory(roomy)).withBatch(10));
        Estimate over = Estimator.estimate(r.withAccelerator(TestHardware.h100WithMemory(roomy)).withBatch(11));
        Estimate tightTen = Estimator.estimate(r.withAccelerator(TestHardware.h100WithMemory(tight)).withBatch(10));
        assertTrue(fits.fits());
        assertEquals(10, fits.maxBatch());
        assertFalse(over.fits());
        assertFalse(tightTen.fits());
        assertEquals(9, tightTen.maxBatch());
    }

    @Test
    void tensorParallelismDividesPerDeviceWeights() {
        EstimateRequest r = llama70bOnH100();
        double one = Estimator.estimate(r.withTensorParallel(1)).weightsBytesPerDevice();
        for (int tp : new int[]{2, 4, 8}) {
            assertEquals(one / tp, Estimator.estimate(r.withTensorParallel(tp)).weightsBytesPerDevice(), one * 1e-12);
        }
    }

    @Test
    void moeExpertsTouchedLieBetweenKAndEAndRiseWithBatch() {
        EstimateRequest r = EstimateRequest.of(zoo.require("mixtral-8x22b"), TestHardware.h200(), TestHardware.trtLlm())
                .withPrecision(Precision.FP8).withTensorParallel(8);
        Estimate one = Estimator.estimate(r);
        assertEquals(2.0, one.expertsTouchedPerLayer(), 1e-12, "one token reads exactly k = 2 experts");
        double previous = one.expertsTouchedPerLayer();
        for (int b = 2; b <= 64; b++) {
            double touched = Estimator.estimate(r.withBatch(b)).expertsTouchedPerLayer();
            assertTrue(touched > previous && touched <= 8.0, "batch " + b + ": " + touched);
            previous = touched;
        }
        assertEquals(8.0, previous, 1e-3, "64 tokens touch all 8 experts almost surely");
    }

    @Test
    void moeDecodeReadsMoreWeightsAsBatchGrows() {
        // the decode step at batch 1 streams k experts, at batch 64 nearly all: the step must grow
        // by much more than the KV reads explain
        EstimateRequest r = EstimateRequest.of(zoo.require("qwen3-30b-a3b"), TestHardware.h100(), TestHardware.trtLlm())
                .withPrecision(Precision.FP8).withTokens(128, 64);
        double one = Estimator.estimate(r).decodeStepSeconds();
        double many = Estimator.estimate(r.withBatch(64)).decodeStepSeconds();
        assertTrue(many > 3 * one, one + " -> " + many);
    }

    @Test
    void powerStaysBetweenIdleAndTdp() {
        EstimateRequest r = llama70bOnH100();
        for (int b : new int[]{1, 16, 128}) {
            Estimate e = Estimator.estimate(r.withBatch(b));
            assertTrue(e.acceleratorPowerWatts() > 90 && e.acceleratorPowerWatts() <= 700, "batch " + b);
        }
    }

    @Test
    void memoryBoundDecodeDrawsLessThanComputeBoundBatch() {
        EstimateRequest r = llama70bOnH100();
        Estimate small = Estimator.estimate(r.withBatch(1));
        Estimate large = Estimator.estimate(r.withBatch(256));
        assertEquals(Bound.MEMORY, small.bound());
        assertTrue(small.acceleratorPowerWatts() < large.acceleratorPowerWatts());
        assertTrue(small.joulesPerOutputToken() > large.joulesPerOutputToken());
    }

    @Test
    void staticBatchingWaitsLongerForTheFirstTokenAtTheSameThroughput() {
        EstimateRequest r = llama70bOnH100().withBatch(64);
        dev.hallplan.catalog.ServingEngine trt = TestHardware.trtLlm();
        dev.hallplan.catalog.ServingEngine noContinuous = new dev.hallplan.catalog.ServingEngine("static", "static",
                trt.memoryBandwidthEfficiency(), trt.computeEfficiency(), trt.stepOverheadSeconds(),
                trt.runtimeReserveBytes(), trt.kvCacheUtilization(), false, trt.precisions(), trt.memoryUtilization(),
                trt.maxConcurrentSequences(), trt.prefillChunkTokens(), trt.kvCacheDtype(), trt.fp8Attention(), trt.calibrations(), null);
        Estimate continuous = Estimator.estimate(r);
        Estimate fixed = Estimator.estimate(r.withEngine(noContinuous));
        assertEquals(continuous.outputTokensPerSecond(), fixed.outputTokensPerSecond(), 1e-9);
        assertTrue(fixed.ttftSeconds() > 10 * continuous.ttftSeconds(),
                continuous.ttftSeconds() + " vs " + fixed.ttftSeconds());
    }

    @Test
    void bandBracketsTheEstimate() {
        Estimate e = Estimator.estimate(llama70bOnH100().withBatch(32));
        assertTrue(e.low() < e.outputTokensPerSecond() && e.outputTokensPerSecond() < e.high());
        assertFalse(e.assumptions().isEmpty());
    }
}
