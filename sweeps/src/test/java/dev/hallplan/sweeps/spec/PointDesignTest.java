package dev.hallplan.sweeps.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PointDesignTest {
    static Axis levels(String name, Double... values) {
        return new Axis(name, AxisKind.ENERGY_PRICE, null, null, null, List.of(values), Double.NaN, Double.NaN);
    }

    static Axis range(String name, double min, double max) {
        return new Axis(name, AxisKind.DEMAND, null, null, null, List.of(), min, max);
    }

    @Test
    void aGridTakesEveryCombinationScenarioOutermostLastAxisFastest() {
        SweepSpec spec = new SweepSpec("g", List.of(), List.of(levels("a", 1.0, 2.0), levels("b", 10.0, 20.0, 30.0)),
                Sampling.grid(), new SolveSettings(0, 10, 0));
        List<SweepPoint> points = PointDesign.points(spec, List.of("S1", "S2"));
        assertEquals(12, points.size());
        assertEquals(new SweepPoint(0, "S1", Map.of("a", 1.0, "b", 10.0)), points.get(0));
        assertEquals(new SweepPoint(1, "S1", Map.of("a", 1.0, "b", 20.0)), points.get(1));
        assertEquals(new SweepPoint(3, "S1", Map.of("a", 2.0, "b", 10.0)), points.get(3));
        assertEquals(new SweepPoint(11, "S2", Map.of("a", 2.0, "b", 30.0)), points.get(11));
    }

    @Test
    void aLatinHypercubeUsesEveryStratumOfEveryAxisOnce() {
        int n = 10;
        SweepSpec spec = new SweepSpec("l", List.of(), List.of(range("d", 0.5, 1.5), levels("e", 1.0, 2.0)),
                new Sampling(Sampling.Method.LATIN_HYPERCUBE, n, 7), new SolveSettings(0, 10, 0));
        List<SweepPoint> points = PointDesign.points(spec, List.of("S1", "S2"));
        assertEquals(n, points.size());
        boolean[] used = new boolean[n];
        for (SweepPoint p : points) {
            double d = p.multiplier("d");
            assertTrue(d >= 0.5 && d <= 1.5, "d = " + d);
            // stratum of width 0.1 on [0.5, 1.5]; rounding to 4 decimals may touch the upper edge only
            int stratum = Math.min(n - 1, (int) Math.floor((d - 0.5) / 0.1 + 1e-9));
            assertTrue(!used[stratum], "stratum " + stratum + " used twice");
            used[stratum] = true;
        }
        // two levels over ten strata: five points each; two scenarios likewise
        assertEquals(5, points.stream().filter(p -> p.multiplier("e") == 1.0).count());
        assertEquals(5, points.stream().filter(p -> p.scenario().equals("S1")).count());
    }

    @Test
    void theSameSeedGivesTheSamePointsAndAnotherSeedOthers() {
        List<Axis> axes = List.of(range("d", 0.5, 1.5));
        SweepSpec a = new SweepSpec("l", List.of(), axes, new Sampling(Sampling.Method.LATIN_HYPERCUBE, 6, 1), new SolveSettings(0, 10, 0));
        SweepSpec b = new SweepSpec("l", List.of(), axes, new Sampling(Sampling.Method.LATIN_HYPERCUBE, 6, 2), new SolveSettings(0, 10, 0));
        assertEquals(PointDesign.points(a, List.of("S")), PointDesign.points(a, List.of("S")));
        assertNotEquals(PointDesign.points(a, List.of("S")), PointDesign.points(b, List.of("S")));
    }
}
