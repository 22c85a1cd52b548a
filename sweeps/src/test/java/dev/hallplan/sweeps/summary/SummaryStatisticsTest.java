package dev.hallplan.sweeps.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hallplan.sweeps.point.PointFigures;
import dev.hallplan.sweeps.point.PointResult;
import dev.hallplan.sweeps.spec.Axis;
import dev.hallplan.sweeps.spec.AxisKind;
import dev.hallplan.sweeps.spec.SweepPoint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryStatisticsTest {
    static PointResult point(int index, String scenario, double energy, String status, double usdPerMillion, double co2Kg) {
        PointFigures f = new PointFigures(0, 0, 0, 0, 1.2, 0, 0, 0, 0, 0, 0, usdPerMillion, 0, 0, 0, co2Kg, 0, 0, 0, Map.of());
        return new PointResult(new SweepPoint(index, scenario, Map.of("energy", energy)), status, "", "", 0, 0, f);
    }

    @Test
    void percentilesInterpolateLikeExcelsPercentileInc() {
        double[] v = {4, 1, 3, 2};
        // sorted 1,2,3,4: P25 at rank 0.75 → 1.75; P50 at 1.5 → 2.5; P90 at 2.7 → 3.7
        assertEquals(1.75, Percentiles.of(v, 0.25), 1e-12);
        assertEquals(2.5, Percentiles.of(v, 0.5), 1e-12);
        assertEquals(3.7, Percentiles.of(v, 0.9), 1e-12);
        assertEquals(1, Percentiles.of(v, 0), 0);
        assertEquals(4, Percentiles.of(v, 1), 0);
    }

    @Test
    void distributionsArePerScenarioOverPointsWithACostFigure() {
        List<PointResult> rows = List.of(point(0, "A", 1, "FEASIBLE", 1.0, 10), point(1, "A", 2, "FEASIBLE", 3.0, 10),
                point(2, "B", 1, "FEASIBLE_DEMAND_UNMET", 2.0, 10),
                PointResult.failed(new SweepPoint(3, "B", Map.of("energy", 2.0)), "boom", 0));
        List<ScenarioDistribution> d = ScenarioDistribution.of(rows);
        assertEquals("A", d.get(0).scenario());
        assertEquals(List.of(1.0, 1.2, 1.5, 2.0, 2.5, 2.8, 3.0), d.get(0).usdPerMillion().stream()
                .map(x -> Math.round(x * 1e9) / 1e9).toList());
        assertEquals(2, d.get(0).allDemandServed());
        assertEquals(2, d.get(1).points());
        assertEquals(1, d.get(1).usable());
        assertEquals(0, d.get(1).allDemandServed());
    }

    @Test
    void theTornadoMeasuresEachAxisEndAgainstTheOverallMean() {
        // energy ×1 costs 1 and 2 (A, B), energy ×2 costs 3 and 6: overall mean 3
        List<PointResult> rows = List.of(point(0, "A", 1, "FEASIBLE", 1, 0), point(1, "B", 1, "FEASIBLE", 2, 0),
                point(2, "A", 2, "FEASIBLE", 3, 0), point(3, "B", 2, "FEASIBLE", 6, 0));
        Axis energy = new Axis("energy", AxisKind.ENERGY_PRICE, null, null, null, List.of(1.0, 2.0), Double.NaN, Double.NaN);
        List<AxisEffect> t = AxisEffect.tornado(rows, List.of(energy));
        // energy: low mean 1.5 (−1.5), high mean 4.5 (+1.5), swing 3; scenario: A mean 2 (−1), B mean 4 (+1), swing 2
        assertEquals(new AxisEffect("energy", "×1.00", "×2.00", -1.5, 1.5), t.get(0));
        assertEquals(new AxisEffect("scenario", "A", "B", -1, 1), t.get(1));
    }

    @Test
    void theParetoFrontKeepsFeasiblePointsNoOtherBeatsOnCostAndCarbon() {
        List<PointResult> rows = List.of(point(0, "A", 1, "FEASIBLE", 1, 50), point(1, "A", 1, "FEASIBLE", 2, 40),
                point(2, "A", 1, "FEASIBLE", 3, 45), // dominated by point 1
                point(3, "A", 1, "FEASIBLE", 4, 10),
                point(4, "A", 1, "FEASIBLE_DEMAND_UNMET", 0.5, 5)); // cheaper and cleaner, but leaves demand unmet
        assertEquals(List.of(0, 1, 3), ParetoFront.of(rows).stream().map(r -> r.point().index()).toList());
    }
}
