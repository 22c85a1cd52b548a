package dev.hallplan.engine.perf;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CatalogLoader;
import dev.hallplan.catalog.Precision;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tensor parallelism beyond the scale-up domain runs over PCIe or the NICs; only memory refuses. */
class ParallelismWithoutScaleUpTest {
    private final Catalog catalog = CatalogLoader.builtIn();
    private final ModelZoo zoo = ModelZoo.builtIn();

    private EstimateRequest llama70bOn(String accelerator, String server) {
        return EstimateRequest.of(zoo.require("llama-2-70b"), catalog.accelerator(accelerator).orElseThrow(),
                        catalog.engine("tensorrt-llm").orElseThrow())
                .withServer(server == null ? null : catalog.server(server).orElseThrow())
                .withPrecision(Precision.FP8).withTokens(300, 290);
    }

    @Test
    void l40sTensorParallelFourRunsOverPcieGen4() {
        Estimate e = Estimator.estimate(llama70bOn("nvidia-l40s", "nvidia-l40s-4").withTensorParallel(4).withBatch(256));
        assertTrue(e.fits(), e.reason());
        assertEquals("PCIe Gen4 x16", e.conditions().tensorLink());
        assertTrue(e.outputTokensPerSecond() > 0);
    }

    @Test
    void pcieLinkRateIsTheNcclShareOfTheRawLaneRate() {
        // Gen4 x16: 16 x 1.969 GB/s = 31.5 GB/s one way; NCCL's ring reaches 63% of it
        Link l = Link.pcie(catalog.accelerator("nvidia-l40s").orElseThrow());
        assertEquals(16 * 1.969e9 * 0.63, l.bytesPerSecond(), 1);
        assertEquals(20e-6, l.latencySeconds(), 1e-15);
    }

    @Test
    void theSameTensorGroupIsSlowerOverPcieThanOverNvlinkBridges() {
        EstimateRequest bridged = llama70bOn("nvidia-h100-pcie", "nvidia-h100-pcie-8").withTensorParallel(2).withBatch(256);
        EstimateRequest bare = llama70bOn("nvidia-h100-pcie", "nvidia-h100-pcie-8-nobridge").withTensorParallel(2).withBatch(256);
        Estimate overBridge = Estimator.estimate(bridged);
        Estimate overPcie = Estimator.estimate(bare);
        assertEquals("NVLink bridge (pairs)", overBridge.conditions().tensorLink());
        assertEquals("PCIe Gen5 x16", overPcie.conditions().tensorLink());
        assertTrue(overPcie.decodeStepSeconds() > overBridge.decodeStepSeconds());
        assertEquals(overBridge.weightsBytesPerDevice(), overPcie.weightsBytesPerDevice(), 1e-9);
    }

    @Test
    void searchOnAPcieServerTriesTensorDegreesUpToTheServer() {
        EstimateRequest base = llama70bOn("nvidia-l40s", "nvidia-l40s-8");
        assertEquals(java.util.List.of(1, 2, 4, 8), OperatingSpace.full(base).tensorDegrees());
        Estimate best = Estimator.bestWithinSlo(base.withPrecision(Precision.FP8), Slo.NONE,
                OperatingSpace.full(base).withPrecisions(java.util.List.of(Precision.FP8))).orElseThrow();
        assertTrue(best.parallelism().tensor() >= 2, "70B in FP8 needs two 48 GB cards at least");
    }

    @Test
    void onlyMemoryRefuses() {
        Estimate e = Estimator.estimate(llama70bOn("nvidia-l40s", "nvidia-l40s-4").withTensorParallel(1));
        assertFalse(e.fits());
        assertTrue(e.reason().contains("no room for one request"), e.reason());
    }
}
