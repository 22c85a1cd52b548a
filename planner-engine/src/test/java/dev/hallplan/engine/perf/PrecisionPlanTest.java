package dev.hallplan.engine.perf;

import dev.hallplan.catalog.Precision;
import dev.hallplan.catalog.ServingEngine;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrecisionPlanTest {
    @Test
    void fp4OnHopperKeepsFourBitWeightsAndComputesInFp8() {
        PrecisionPlan p = PrecisionPlan.resolve(Precision.FP4, false, TestHardware.h100(), TestHardware.trtLlm());
        assertEquals(Precision.FP4, p.weights());
        assertEquals(Precision.FP8, p.compute());
        assertTrue(p.note().contains("has no FP4"), p.note());
    }

    @Test
    void fp4OnBlackwellIsNative() {
        PrecisionPlan p = PrecisionPlan.resolve(Precision.FP4, false, TestHardware.b200(), TestHardware.trtLlm());
        assertEquals(Precision.FP4, p.compute());
        assertEquals("", p.note());
        assertEquals(9000e12, p.computeFlopsPerSecond());
        assertEquals(1.0, p.kvBytesPerValue(), "narrow arithmetic keeps an FP8 KV cache");
    }

    @Test
    void weightOnlyInt4ComputesInBf16WithA16BitCache() {
        PrecisionPlan p = PrecisionPlan.resolve(Precision.INT4, true, TestHardware.h100(), TestHardware.trtLlm());
        assertEquals(Precision.INT4, p.weights());
        assertEquals(Precision.BF16, p.compute());
        assertEquals(0.5, p.weightBytesPerValue());
        assertEquals(2.0, p.kvBytesPerValue());
    }

    @Test
    void engineWithoutTheFormatMovesWeightsToo() {
        ServingEngine noFp8 = new ServingEngine("old", "Old engine", 0.7, 0.5, 0.002, 1_000_000_000L, 0.9, true,
                EnumSet.of(Precision.BF16, Precision.FP16), null);
        PrecisionPlan p = PrecisionPlan.resolve(Precision.FP8, false, TestHardware.h100(), noFp8);
        assertEquals(Precision.BF16, p.weights());
        assertEquals(Precision.BF16, p.compute());
        assertTrue(p.note().contains("does not serve FP8"), p.note());
    }

    @Test
    void fallbackShowsInTheEstimateAssumptions() {
        EstimateRequest r = EstimateRequest.of(ModelZoo.builtIn().require("llama-3.1-8b"), TestHardware.h100(),
                TestHardware.trtLlm()).withPrecision(Precision.FP4);
        Estimate e = Estimator.estimate(r);
        assertEquals(Precision.FP8, e.computePrecision());
        assertTrue(e.assumptions().stream().anyMatch(a -> a.contains("has no FP4")));
    }
}
