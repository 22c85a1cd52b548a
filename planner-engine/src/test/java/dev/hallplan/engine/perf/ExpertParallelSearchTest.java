package dev.hallplan.engine.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.catalog.Precision;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SLO search tries expert parallelism for MoE models and keeps it only where it pays. */
class ExpertParallelSearchTest {
    private final ModelZoo zoo = ModelZoo.builtIn();

    @Test
    void moeModelsTryExpertParallelismOverTheTensorGroupDenseModelsDoNot() {
        assertEquals(List.of(1, 8), Estimator.expertDegrees(zoo.require("deepseek-v3"), 8));
        assertEquals(List.of(1), Estimator.expertDegrees(zoo.require("deepseek-v3"), 1));
        assertEquals(List.of(1), Estimator.expertDegrees(zoo.require("llama-3.1-70b"), 8));
        assertEquals(List.of(1), Estimator.expertDegrees(zoo.require("mixtral-8x7b"), 16), "8 experts cannot spread over 16 devices");
    }

    @Test
    void searchKeepsTheBetterOfTensorAndExpertParallelMoeLayers() {
        EstimateRequest base = EstimateRequest.of(zoo.require("deepseek-v3"), TestHardware.h200(), TestHardware.trtLlm())
                .withTokens(1000, 500);
        OperatingSpace space = new OperatingSpace(List.of(Precision.FP8), List.of(8), 2048);
        Estimate best = Estimator.bestWithinSlo(base, Slo.MLPERF_SERVER, space).orElseThrow();
        EstimateRequest at8 = base.withPrecision(Precision.FP8);
        Estimate tensor = Estimator.largestBatchWithin(at8.withParallelism(new Parallelism(8, 1, 1)), Slo.MLPERF_SERVER, 2048);
        Estimate expert = Estimator.largestBatchWithin(at8.withParallelism(new Parallelism(8, 1, 8)), Slo.MLPERF_SERVER, 2048);
        double better = Math.max(tensor.primaryRate(), expert.primaryRate());
        assertTrue(best.primaryRate() >= better / (1 + Estimator.TIE_MARGIN), best.parallelism().toString());
        assertTrue(expert.primaryRate() != tensor.primaryRate(), "the all-to-all and the all-reduce cost differently");
        int chosen = best.parallelism().expert();
        assertEquals(expert.primaryRate() > (1 + Estimator.TIE_MARGIN) * tensor.primaryRate() ? 8 : 1, chosen);
    }
}
