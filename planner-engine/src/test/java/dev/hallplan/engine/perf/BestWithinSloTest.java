package dev.hallplan.engine.perf;

import dev.hallplan.catalog.CoolingType;
import dev.hallplan.catalog.Precision;
import dev.hallplan.catalog.ServerModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BestWithinSloTest {
    private final ModelZoo zoo = ModelZoo.builtIn();

    private EstimateRequest llama70b() {
        return EstimateRequest.of(zoo.require("llama-3.1-70b"), TestHardware.h200(), TestHardware.trtLlm())
                .withTokens(2000, 500);
    }

    @Test
    void optimumMeetsTheSloAndTheNextBatchDoesNot() {
        Estimate best = Estimator.bestWithinSlo(llama70b(), Slo.INTERACTIVE).orElseThrow();
        assertTrue(Slo.INTERACTIVE.isMetBy(best));
        EstimateRequest same = llama70b().withPrecision(best.weightPrecision()).withParallelism(best.parallelism());
        Estimate next = Estimator.estimate(same.withBatch(best.batch() + 1));
        assertFalse(Slo.INTERACTIVE.isMetBy(next));
    }

    @Test
    void tighterSloNeverServesMorePerDevice() {
        double relaxed = Estimator.bestWithinSlo(llama70b(), Slo.MLPERF_SERVER).orElseThrow().outputTokensPerSecondPerDevice();
        double tight = Estimator.bestWithinSlo(llama70b(), Slo.INTERACTIVE).orElseThrow().outputTokensPerSecondPerDevice();
        assertTrue(tight <= relaxed, tight + " > " + relaxed);
    }

    @Test
    void optimumBeatsEveryOtherPointOfTheSpace() {
        OperatingSpace space = OperatingSpace.full(llama70b());
        Estimate best = Estimator.bestWithinSlo(llama70b(), Slo.MLPERF_SERVER, space).orElseThrow();
        for (Precision p : space.precisions()) {
            for (int tp : space.tensorDegrees()) {
                for (int b : new int[]{1, 7, 32, 100, 333}) {
                    Estimate e = Estimator.estimate(llama70b().withPrecision(p).withTensorParallel(tp).withBatch(b));
                    if (Slo.MLPERF_SERVER.isMetBy(e)) {
                        assertTrue(e.outputTokensPerSecondPerDevice() <= best.outputTokensPerSecondPerDevice() * (1 + Estimator.TIE_MARGIN),
                                p + " tp" + tp + " b" + b);
                    }
                }
            }
        }
    }

    @Test
    void serverScaleUpDomainBoundsTheTensorDegree() {
        // a PCIe box without NVLink bridges has a scale-up domain of one device
        ServerModel pcie = new ServerModel("pcie-box", "x", "PCIe box", "nvidia-h200-sxm", 8, 1, false, 6000, 800,
                1200, 4, 40, 0, CoolingType.AIR, 0, List.of(), null);
        Estimate e = Estimator.bestWithinSlo(llama70b().withServer(pcie), Slo.MLPERF_SERVER).orElseThrow();
        assertEquals(1, e.parallelism().tensor());
        // host share: the box idles at 800 W with its accelerators at 8 x 90 W, so the host idles at
        // 80 W and draws its 1,200 W at TDP, linearly in the accelerators' load
        double load = (e.acceleratorPowerWatts() - 90) / (700 - 90);
        assertTrue(load > 0.3 && load < 1, "serving load " + load);
        assertEquals(e.acceleratorPowerWatts() + (80 + 1120 * load) / 8, e.powerWatts(), 1e-9);
    }

    @Test
    void nearTieKeepsTheWiderFormatListedFirst() {
        // the built-in H200 lists INT8 at 1,979 and FP8 at 1,978.9 TFLOP/s: FP8 must win the tie
        dev.hallplan.catalog.Accelerator h200 = dev.hallplan.catalog.CatalogLoader.builtIn().accelerator("nvidia-h200-sxm").orElseThrow();
        Estimate e = Estimator.bestWithinSlo(llama70b().withAccelerator(h200), Slo.MLPERF_SERVER).orElseThrow();
        assertEquals(Precision.FP8, e.computePrecision());
    }

    @Test
    void emptyWhenNothingFits() {
        EstimateRequest huge = EstimateRequest.of(zoo.require("llama-3.1-405b"), TestHardware.h100(), TestHardware.trtLlm());
        ServerModel single = new ServerModel("one", "x", "one GPU", "nvidia-h100-sxm", 1, 1, false, 1500, 200,
                500, 2, 20, 0, CoolingType.AIR, 0, List.of(), null);
        assertTrue(Estimator.bestWithinSlo(huge.withServer(single), Slo.NONE).isEmpty());
    }

    @Test
    void curveRunsFromBatchOneToTheLargestBatchWithRisingThroughputAndLatency() {
        EstimateRequest r = llama70b().withPrecision(Precision.FP8).withTensorParallel(4);
        List<Estimate> curve = Estimator.latencyThroughputCurve(r, 4096);
        assertEquals(1, curve.get(0).batch());
        assertEquals(curve.get(0).maxBatch(), curve.get(curve.size() - 1).batch());
        for (int i = 1; i < curve.size(); i++) {
            assertTrue(curve.get(i).outputTokensPerSecond() > curve.get(i - 1).outputTokensPerSecond());
            assertTrue(curve.get(i).tpotSeconds() > curve.get(i - 1).tpotSeconds());
        }
    }
}
