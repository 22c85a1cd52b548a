package dev.hallplan.engine.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DeferrableShifterTest {
    private static final double EPS = 1e-9;

    /** One day: firm 100 W, deferrable 20 W every hour, renewables only in hours 10..13. */
    private static DeferrableShifter.Shift day(double renewableInSunHours, double spare, PueFunction pue, double[] carbon) {
        double[] firm = filled(100);
        double[] deferrable = filled(20);
        double[] renewable = new double[24];
        for (int h = 10; h <= 13; h++) {
            renewable[h] = renewableInSunHours;
        }
        return DeferrableShifter.shift(firm, deferrable, filled(spare), renewable, pue, carbon, filled(100));
    }

    @Test
    void shiftingMovesDeferrableWorkIntoSurplusHoursDirtiestDonorsFirst() {
        double[] carbon = filled(300);
        for (int h = 18; h <= 21; h++) {
            carbon[h] = 800; // the evening peak is dirtiest: emptied first
        }
        DeferrableShifter.Shift s = day(200, 30, PueFunction.constant(1), carbon);
        double[] after = s.itDeferrableWatts();

        // Surplus hours 10..13 have 200 - 120 = 80 W spare renewables but only 30 W spare capacity:
        // each takes 30 W, so 4 x 30 = 120 Wh move.
        assertEquals(120 * 3600, s.energyMovedJoules(), 1e-6);
        for (int h = 10; h <= 13; h++) {
            assertEquals(50, after[h], EPS);
        }
        // Donors: 18..21 give all 20 W (80 Wh), then 40 Wh from the earliest equal hours 0 and 1.
        for (int h = 18; h <= 21; h++) {
            assertEquals(0, after[h], EPS);
        }
        assertEquals(0, after[0], EPS);
        assertEquals(0, after[1], EPS);
        assertEquals(20, after[2], EPS);
        // Energy is conserved within the day.
        assertEquals(24 * 20, Arrays.stream(after).sum(), 1e-9);
    }

    @Test
    void shiftingNeverExceedsSpareCapacity() {
        DeferrableShifter.Shift s = day(200, 5, PueFunction.constant(1), filled(300));
        // 80 W of surplus per sunny hour, but only 5 W spare: 4 x 5 = 20 Wh move.
        assertEquals(20 * 3600, s.energyMovedJoules(), 1e-6);
        for (int h = 10; h <= 13; h++) {
            assertTrue(s.itDeferrableWatts()[h] <= 20 + 5 + EPS);
        }
    }

    @Test
    void shiftingIsLimitedBySurplusThroughPue() {
        // With PUE 2 a sunny hour needs 120 x 2 = 240 W; 260 W of renewables leave 20 W of facility
        // surplus, i.e. 10 W of IT load; 4 hours x 10 W = 40 Wh move.
        DeferrableShifter.Shift s = day(260, 30, PueFunction.constant(2), filled(300));
        assertEquals(40 * 3600, s.energyMovedJoules(), 1e-6);
        assertEquals(30, s.itDeferrableWatts()[10], EPS);
    }

    @Test
    void nothingMovesWithoutSurplus() {
        DeferrableShifter.Shift s = day(100, 30, PueFunction.constant(1), filled(300));
        assertEquals(0, s.energyMovedJoules());
        assertEquals(20, s.itDeferrableWatts()[10], EPS);
    }

    @Test
    void shiftingRejectsPartialDays() {
        double[] a = new double[25];
        assertThrows(IllegalArgumentException.class,
                () -> DeferrableShifter.shift(a, a, a, a, PueFunction.constant(1), a, a));
    }

    static double[] filled(double v) {
        double[] a = new double[24];
        Arrays.fill(a, v);
        return a;
    }
}
