package dev.hallplan.engine.perf;

import dev.hallplan.catalog.Accelerator;
import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CatalogLoader;
import dev.hallplan.catalog.Precision;
import dev.hallplan.catalog.ServerModel;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The estimator over the real built-in catalog: every accelerator and server gives an answer. */
class BuiltInCatalogEstimateTest {
    private final Catalog catalog = CatalogLoader.builtIn();
    private final ModelZoo zoo = ModelZoo.builtIn();

    @Test
    void everyBuiltInAcceleratorServesLlama8bOrSaysWhyNot() {
        for (Accelerator a : catalog.accelerators()) {
            EstimateRequest r = EstimateRequest.of(zoo.require("llama-3.1-8b"), a, catalog.engine("vllm").orElseThrow())
                    .withPrecision(Precision.FP8);
            Estimate e = Estimator.bestWithinSlo(r, Slo.MLPERF_SERVER).orElse(null);
            if (e != null) {
                assertTrue(e.outputTokensPerSecond() > 0 && e.powerWatts() >= a.idleWatts(), a.id());
            } else {
                Estimate one = Estimator.estimate(r.withTensorParallel(a.scaleUpDomainSize()));
                assertTrue(!one.fits() && !one.reason().isEmpty(), a.id());
            }
        }
    }

    @Test
    void everyBuiltInServerKeepsTensorDegreeInsideItselfAndAddsHostPower() {
        for (ServerModel s : catalog.servers()) {
            Accelerator a = catalog.accelerator(s.acceleratorId()).orElseThrow();
            EstimateRequest r = EstimateRequest.of(zoo.require("llama-3.1-70b"), a, catalog.engine("tensorrt-llm").orElseThrow())
                    .withServer(s);
            Estimator.bestWithinSlo(r, Slo.MLPERF_SERVER).ifPresent(e -> {
                assertTrue(e.parallelism().tensor() <= s.acceleratorCount(), s.id());
                boolean overScaleUp = e.parallelism().tensor() <= s.scaleUpDomainSize() && a.scaleUpBidirectionalBytesPerSecond() > 0;
                assertTrue(e.parallelism().tensor() == 1 || overScaleUp == !e.conditions().tensorLink().startsWith("PCIe"),
                        s.id() + " tp " + e.parallelism().tensor() + " over " + e.conditions().tensorLink());
                assertTrue(e.powerWatts() > e.acceleratorPowerWatts() || s.hostOverheadWatts() == 0, s.id());
            });
        }
    }
}
