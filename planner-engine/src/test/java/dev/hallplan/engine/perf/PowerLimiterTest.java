package dev.hallplan.engine.perf;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The clock under a power budget, worked by hand. Test H100: 700 W TDP, 90 W idle, so the range is
 * 610 W: memory at full bandwidth draws 366 W above idle, peak-clock arithmetic 610 W (no
 * compute-power figure in the fixture).
 */
class PowerLimiterTest {
    private final PowerLimiter atTdp = new PowerLimiter(TestHardware.h100(), 700);

    @Test
    void groupUnderTheBudgetRunsAtPeakClock() {
        // 10 ms of memory, 2 ms of arithmetic: (366 x 10 + 610 x 2) / 10 = 488 W above idle < 610 W
        PhaseTime t = atTdp.phase(0.010, 0.002, 0, 0, 0, 0);
        assertEquals(0.010, t.totalSeconds(), 1e-15);
        assertEquals(1.0, t.clockFraction(), 1e-15);
        assertEquals(90 + 488, t.watts(90, 1), 1e-9);
    }

    @Test
    void computeBoundGroupSlowsToTheClockWhosePowerIsTheBudget() {
        // no memory traffic, 10 ms of arithmetic at peak: 610 s^2 = budget. At a 395 W cap the budget is
        // 305 W: s = sqrt(0.5) = 0.70711, time 10 ms / s = 14.142 ms, power exactly the cap
        PhaseTime t = new PowerLimiter(TestHardware.h100(), 395).phase(0, 0.010, 0, 0, 0, 0);
        assertEquals(Math.sqrt(0.5), t.clockFraction(), 1e-12);
        assertEquals(0.010 / Math.sqrt(0.5), t.totalSeconds(), 1e-12);
        assertEquals(395, t.watts(90, 1), 1e-9);
    }

    @Test
    void heavierArithmeticTurnsTheGroupComputeBoundUnderTheLimit() {
        // 10 ms memory, 8 ms arithmetic: 610 s^2 + 457.5 s = 610 -> s = 0.69301, 8 / s = 11.544 ms > 10 ms
        PhaseTime t = atTdp.phase(0.010, 0.008, 0, 0, 0, 0);
        assertEquals(0.69301, t.clockFraction(), 1e-5);
        assertEquals(0.008 / t.clockFraction(), t.totalSeconds(), 1e-12);
        assertEquals(700, t.watts(90, 1), 1e-9);
    }

    @Test
    void memoryBoundGroupLowersTheClockButKeepsItsTime() {
        // 10 ms memory, 5 ms arithmetic: at peak (366 x 10 + 610 x 5) / 10 = 671 W > 610 W. The compute-bound
        // branch (610 s^2 + 732 s = 610) gives s = 0.566 with 5 / s = 8.8 ms < 10 ms, so the group stays
        // memory bound: 366 + 610 s x 5/10 = 610 -> s = 0.8 (>= 5/10), time stays 10 ms
        PhaseTime t = atTdp.phase(0.010, 0.005, 0, 0, 0, 0);
        assertEquals(0.010, t.totalSeconds(), 1e-12);
        assertEquals(0.8, t.clockFraction(), 1e-12);
        assertEquals(700, t.watts(90, 1), 1e-9);
    }

    @Test
    void budgetBelowTheMemoryPowerSlowsTheMemoryToo() {
        // cap 200 W: budget 110 W < 366 W of full-rate memory. 10 ms of memory, no arithmetic: the
        // bandwidth falls to 110 / 366 of full, 33.27 ms, at exactly the cap
        PhaseTime t = new PowerLimiter(TestHardware.h100(), 200).phase(0.010, 0, 0, 0, 0, 0);
        assertEquals(0.010 * 366 / 110, t.totalSeconds(), 1e-12);
        assertEquals(200, t.watts(90, 1), 1e-9);
    }

    @Test
    void lowerCapNeverSpeedsAPhaseUpAndNeverDrawsMoreThanTheCap() {
        double previous = 0;
        for (double cap = 700; cap > 100; cap -= 25) {
            PhaseTime t = new PowerLimiter(TestHardware.h100(), cap).phase(0.004, 0.009, 0.003, 0.001, 0.001, 0.0005);
            assertTrue(t.totalSeconds() >= previous - 1e-15, "cap " + cap);
            double kernelWatts = 90 + (t.dynamicJoules() - 0.001 * 0.25 * 610) / t.kernelSeconds();
            assertTrue(kernelWatts <= cap + 1e-9, "cap " + cap + ": " + kernelWatts);
            previous = t.totalSeconds();
        }
    }

    @Test
    void chipWithALargerComputePowerFigureThrottlesMore() {
        // the same silicon at a lower board limit: an H100 NVL draws 502.7 W above idle at peak clock but
        // may only spend 340 W; the fixture H100 (610 W at 700 W TDP) runs the same arithmetic unthrottled
        dev.hallplan.catalog.Accelerator nvl = dev.hallplan.catalog.CatalogLoader.builtIn().accelerator("nvidia-h100-nvl").orElseThrow();
        PhaseTime t = new PowerLimiter(nvl, nvl.tdpWatts()).phase(0, 0.010, 0, 0, 0, 0);
        assertEquals(Math.sqrt((400 - 60) / 502.7), t.clockFraction(), 1e-9);
        assertEquals(1.0, atTdp.phase(0, 0.010, 0, 0, 0, 0).clockFraction(), 1e-12);
    }
}
