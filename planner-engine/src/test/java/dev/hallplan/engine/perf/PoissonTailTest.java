package dev.hallplan.engine.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** p99 latencies under Poisson arrivals: the queueing formulas, and what they do to an operating point. */
class PoissonTailTest {
    private final ModelZoo zoo = ModelZoo.builtIn();

    private EstimateRequest llama70b(int batch) {
        return EstimateRequest.of(zoo.require("llama-3.1-70b"), TestHardware.h200(), TestHardware.trtLlm())
                .withPrecision(dev.hallplan.catalog.Precision.FP8).withTokens(2000, 500).withBatch(batch);
    }

    @Test
    void erlangCMatchesHandComputedValues() {
        assertEquals(0.5, PoissonTail.erlangC(1, 0.5), 1e-12, "one server: the utilisation");
        assertEquals(1.0 / 3, PoissonTail.erlangC(2, 0.5), 1e-12, "two servers, one erlang offered");
        assertTrue(PoissonTail.erlangC(512, 0.8) < 1e-6, "many slots at 80%: almost nobody waits");
    }

    @Test
    void largeSlotErlangBApproximationStaysWithinThreePercentOfTheRecursion() {
        for (int slots : new int[]{257, 800, 2048}) {
            for (double load : new double[]{0.85, 0.9, 0.95, 0.98, 0.995}) {
                double exact = PoissonTail.erlangBExact(slots, load * slots);
                double approx = PoissonTail.erlangBLarge(slots, load * slots);
                assertEquals(exact, approx, 0.03 * exact, slots + " slots at " + load);
            }
        }
    }

    @Test
    void shortcutAboveTheHalfinWhittMarginAgreesWithExactErlangC() {
        for (int slots : new int[]{9, 64, 512, 2048}) {
            double load = 1 - PoissonTail.HALFIN_WHITT_NO_WAIT / Math.sqrt(slots);
            if (load > 0) {
                assertTrue(PoissonTail.erlangC(slots, load) < 0.01, slots + " slots at " + load);
                assertEquals(0, PoissonTail.slotWaitSeconds(slots, load, 1.0));
            }
        }
    }

    @Test
    void mm1TailQuantileLeavesOnePercentAbove() {
        double rho = 0.7;
        double s = 0.25;
        double t = PoissonTail.mm1WaitQuantile(rho, s);
        assertEquals(0.01, rho * Math.exp(-(1 - rho) * t / s), 1e-12);
        assertEquals(0, PoissonTail.mm1WaitQuantile(0.005, s), "under 1% of arrivals wait at all");
    }

    @Test
    void slotWaitQuantileAgreesWithASimulatedMmcQueue() {
        int slots = 4;
        double load = 0.85;
        double service = 1.0;
        double lambda = load * slots / service;
        Random random = new Random(7);
        double[] free = new double[slots];
        int n = 400_000;
        double[] waits = new double[n];
        double now = 0;
        for (int i = 0; i < n; i++) {
            now += -Math.log(1 - random.nextDouble()) / lambda;
            int k = 0;
            for (int j = 1; j < slots; j++) {
                k = free[j] < free[k] ? j : k;
            }
            double start = Math.max(now, free[k]);
            waits[i] = start - now;
            free[k] = start - Math.log(1 - random.nextDouble()) * service;
        }
        Arrays.sort(waits);
        double simulated = waits[(int) (0.99 * n)];
        assertEquals(simulated, PoissonTail.slotWaitSeconds(slots, load, service), 0.05 * simulated);
    }

    @Test
    void p99LatenciesRiseWithLoadAndStartAtTheServiceTime() {
        Estimate full = Estimator.estimate(llama70b(64));
        Estimate idle = Estimator.underPoisson(llama70b(64), TailSearch.VANISHING_LOAD);
        Estimate half = Estimator.underPoisson(llama70b(64), 0.5);
        Estimate busy = Estimator.underPoisson(llama70b(64), 0.95);
        assertEquals(full.prefillSeconds() + full.decodeStepSeconds(), idle.ttftSeconds(), 1e-3 * idle.ttftSeconds(),
                "2,000 tokens are one chunk: prefill plus the step it rides in");
        assertTrue(idle.ttftSeconds() < half.ttftSeconds() && half.ttftSeconds() < busy.ttftSeconds());
        assertTrue(idle.tpotSeconds() < half.tpotSeconds() && half.tpotSeconds() < busy.tpotSeconds());
        assertEquals(0.5 * full.outputTokensPerSecond(), half.outputTokensPerSecond(), 1e-9);
        assertTrue(half.acceleratorPowerWatts() < full.acceleratorPowerWatts());
        assertEquals("p99", half.conditions().latencyStatistic());
        assertEquals(0.5, half.conditions().offeredLoad());
        assertEquals("mean", full.conditions().latencyStatistic());
    }

    @Test
    void p99SloIsNotMetByMeanFigures() {
        Estimate mean = Estimator.estimate(llama70b(8));
        assertTrue(Slo.NONE.isMetBy(mean));
        assertFalse(Slo.NONE.onP99().isMetBy(mean));
        assertTrue(Slo.NONE.onP99().isMetBy(Estimator.underPoisson(llama70b(8), 0.5)));
    }

    @Test
    void searchOnP99ServesTheHighestLoadMeetingTheSloAndLessThanTheMeanSearch() {
        EstimateRequest base = llama70b(1);
        Slo p99 = Slo.MLPERF_SERVER.onP99();
        Estimate tail = Estimator.bestWithinSlo(base, p99).orElseThrow();
        Estimate mean = Estimator.bestWithinSlo(base, Slo.MLPERF_SERVER).orElseThrow();
        assertTrue(p99.isMetBy(tail));
        assertTrue(tail.outputTokensPerSecondPerDevice() < mean.outputTokensPerSecondPerDevice());
        double load = tail.conditions().offeredLoad();
        EstimateRequest same = base.withPrecision(tail.weightPrecision()).withParallelism(tail.parallelism()).withBatch(tail.batch());
        assertFalse(p99.isMetBy(Estimator.underPoisson(same, Math.min(0.999, load + 0.01))), "a little more load breaks the p99 SLO");
    }

    @Test
    void onePassModelsHaveNoTailModel() {
        EstimateRequest bert = EstimateRequest.of(zoo.require("bert-large"), TestHardware.h200(), TestHardware.trtLlm()).withBatch(8);
        assertThrows(IllegalArgumentException.class, () -> Estimator.underPoisson(bert, 0.5));
        assertThrows(IllegalArgumentException.class, () -> Estimator.underPoisson(llama70b(8), 1.0));
    }
}
