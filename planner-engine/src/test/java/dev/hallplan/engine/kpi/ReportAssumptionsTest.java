package dev.hallplan.engine.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.Precision;
import dev.hallplan.catalog.ServingEngine;
import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.perf.Estimate;
import dev.hallplan.engine.perf.EstimateRequest;
import dev.hallplan.engine.perf.Estimator;
import dev.hallplan.engine.perf.ModelZoo;
import org.junit.jupiter.api.Test;

/** The Assumptions sheet names the efficiencies a deployment's estimate actually used, not the engine-wide ones. */
class ReportAssumptionsTest {
    private static final Catalog CATALOG = OneRackScenario.CATALOG;

    private static Estimate estimate(String accelerator, Precision precision) {
        ServingEngine trt = CATALOG.engine("tensorrt-llm").orElseThrow();
        return Estimator.estimate(EstimateRequest.of(ModelZoo.builtIn().require("llama-3.1-70b"),
                CATALOG.accelerator(accelerator).orElseThrow(), trt).withPrecision(precision).withBatch(32));
    }

    @Test
    void calibratedDeploymentShowsTheCalibratedComputeEfficiencyNotTheEngineDefault() {
        ServingEngine trt = CATALOG.engine("tensorrt-llm").orElseThrow();
        Estimate b200 = estimate("nvidia-b200", Precision.FP4);
        double applied = b200.conditions().computeEfficiency();
        assertTrue(Math.abs(applied - trt.computeEfficiency()) > 0.05, "Blackwell FP4 has its own calibration row");
        Assumption a = ReportAssumptions.appliedEfficiencies(b200, CATALOG);
        assertTrue(a.value().contains(UnitFormat.percent(applied) + " of peak compute"), a.value());
        assertFalse(a.value().contains(UnitFormat.percent(trt.computeEfficiency())), a.value());
        assertTrue(a.source().startsWith("calibrated (blackwell, FP4)"), a.source());
        assertTrue(a.name().contains("B200") && a.name().contains("FP4"), a.name());
    }

    @Test
    void uncalibratedDeploymentSaysItUsesTheEngineDefault() {
        ServingEngine trt = CATALOG.engine("tensorrt-llm").orElseThrow();
        Estimate l40s = estimate("nvidia-l40s", Precision.FP8);
        assertEquals(null, l40s.conditions().calibration(), "no TensorRT-LLM row for Ada");
        Assumption a = ReportAssumptions.appliedEfficiencies(l40s, CATALOG);
        assertTrue(a.value().contains(UnitFormat.percent(trt.computeEfficiency()) + " of peak compute"), a.value());
        assertTrue(a.source().startsWith("engine default"), a.source());
    }
}
