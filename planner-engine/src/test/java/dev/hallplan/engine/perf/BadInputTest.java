package dev.hallplan.engine.perf;

import dev.hallplan.catalog.CoolingType;
import dev.hallplan.catalog.Precision;
import dev.hallplan.catalog.ServerModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BadInputTest {
    private final ModelZoo zoo = ModelZoo.builtIn();

    private EstimateRequest base() {
        return EstimateRequest.of(zoo.require("llama-3.1-70b"), TestHardware.h100(), TestHardware.trtLlm());
    }

    @Test
    void rejectsZeroBatch() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> base().withBatch(0));
        assertTrue(e.getMessage().contains("batch"), e.getMessage());
    }

    @Test
    void rejectsZeroOutputTokens() {
        assertThrows(IllegalArgumentException.class, () -> base().withTokens(100, 0));
    }

    @Test
    void rejectsEfficiencyAboveOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> base().withEfficiencies(1.2, Double.NaN));
        assertTrue(e.getMessage().contains("memory efficiency"), e.getMessage());
    }

    @Test
    void rejectsZeroTensorDegree() {
        assertThrows(IllegalArgumentException.class, () -> Parallelism.tensor(0));
    }

    @Test
    void rejectsExpertDegreeNotDividingTensorDegree() {
        assertThrows(IllegalArgumentException.class, () -> new Parallelism(8, 1, 3));
    }

    @Test
    void rejectsServerCarryingAnotherAccelerator() {
        ServerModel b200Box = new ServerModel("hgx-b200", "x", "HGX B200", "nvidia-b200", 8, 8, false, 14300, 2000,
                2300, 10, 140, 0, CoolingType.AIR, 0, List.of(), null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> base().withServer(b200Box));
        assertTrue(e.getMessage().contains("nvidia-b200"), e.getMessage());
    }

    @Test
    void tensorDegreeBeyondTheHostRunsOverTheScaleOutNetworkInsteadOfBeingRefused() {
        Estimate e = Estimator.estimate(base().withTensorParallel(16));
        assertTrue(e.fits(), e.reason());
        assertEquals("scale-out network", e.conditions().tensorLink());
    }

    @Test
    void modelTooLargeForTheGroupDoesNotFitAndSaysWhy() {
        Estimate e = Estimator.estimate(EstimateRequest.of(zoo.require("llama-3.1-405b"), TestHardware.h100(),
                TestHardware.trtLlm()).withTensorParallel(2));
        assertFalse(e.fits());
        assertTrue(e.reason().contains("no room for one request"), e.reason());
        assertTrue(e.weightsBytesPerDevice() > 80e9);
    }

    @Test
    void batchAboveTheMemoryLimitDoesNotFitAndNamesTheLimit() {
        EstimateRequest r = base().withPrecision(Precision.FP8).withTensorParallel(2);
        int max = Estimator.estimate(r).maxBatch();
        Estimate e = Estimator.estimate(r.withBatch(max + 1));
        assertFalse(e.fits());
        assertTrue(e.reason().contains(String.valueOf(max)), e.reason());
        assertTrue(e.outputTokensPerSecond() == 0 && e.powerWatts() == 0);
    }
}
