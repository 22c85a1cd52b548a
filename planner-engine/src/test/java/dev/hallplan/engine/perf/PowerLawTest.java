package dev.hallplan.engine.perf;

import dev.hallplan.catalog.Accelerator;
import dev.hallplan.catalog.CatalogLoader;
import dev.hallplan.catalog.Precision;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The clock-power law (exponent 2, family reference drawing TDP - idle at peak clock) against
 * NVIDIA's MLPerf Inference v4.1 H200 Llama 2 70B Offline runs of one software build at three power
 * limits (https://github.com/mlcommons/inference_results_v4.1, closed/NVIDIA/results/...):
 * 500 W MaxQ 25,262.1, 700 W 31,302.7, 1,000 W (H200-SXM-141GB-CTS) 34,864.2 tokens/s on 8 GPUs.
 */
class PowerLawTest {
    private static final double MAXQ_OVER_MAXP = 25_262.1 / 31_302.7;
    private static final double CTS_OVER_MAXP = 34_864.2 / 31_302.7;

    private EstimateRequest h200Llama2(Accelerator a) {
        return EstimateRequest.of(ModelZoo.builtIn().require("llama-2-70b"), a,
                        CatalogLoader.builtIn().engine("tensorrt-llm-2024").orElseThrow())
                .withPrecision(Precision.FP8).withTokens(300, 291).withBatch(806);
    }

    @Test
    void throughputAtFiveHundredAndAThousandWattsMatchesMlperfWithinOnePercent() {
        Accelerator h200 = CatalogLoader.builtIn().accelerator("nvidia-h200-sxm").orElseThrow();
        Accelerator cts = new Accelerator("h200-cts", h200.vendor(), h200.name(), h200.formFactor(), h200.memoryBytes(),
                h200.memoryType(), h200.memoryBandwidthBytesPerSecond(), h200.denseFlopsPerSecond(), 1000, h200.idleWatts(),
                h200.scaleUpBidirectionalBytesPerSecond(), h200.scaleUpDomainSize(), h200.scaleOutBitsPerSecond(),
                h200.cooling(), h200.releaseYear(), 0, false, h200.family(), h200.scaleUpLink(), h200.pcieGeneration(),
                h200.pcieLanes(), h200.computeWattsAtPeakClock(), h200.sources());
        double atTdp = Estimator.estimate(h200Llama2(h200)).outputTokensPerSecond();
        double at500 = Estimator.estimate(h200Llama2(h200).withPowerCap(500)).outputTokensPerSecond();
        double at1000 = Estimator.estimate(h200Llama2(cts)).outputTokensPerSecond();
        assertEquals(MAXQ_OVER_MAXP, at500 / atTdp, 0.01 * MAXQ_OVER_MAXP);
        assertEquals(CTS_OVER_MAXP, at1000 / atTdp, 0.01 * CTS_OVER_MAXP);
    }
}
