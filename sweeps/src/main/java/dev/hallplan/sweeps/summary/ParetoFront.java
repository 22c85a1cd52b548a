package dev.hallplan.sweeps.summary;

import dev.hallplan.sweeps.point.PointResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The points no other point beats on both cost per million output tokens and annual emissions
 * (lower is better on both). Only plans that are feasible with all demand served compete: a
 * cheaper plan that leaves demand unmet is not a real alternative.
 */
public final class ParetoFront {
    private ParetoFront() {
    }

    /** The non-dominated feasible points, by rising cost. */
    public static List<PointResult> of(List<PointResult> rows) {
        List<PointResult> candidates = new ArrayList<>(UsablePoints.of(rows).stream()
                .filter(PointResult::feasible).toList());
        candidates.sort(Comparator.comparingDouble(UsablePoints::cost)
                .thenComparingDouble(r -> r.figures().annualCo2eKg()));
        List<PointResult> front = new ArrayList<>();
        double bestCo2 = Double.POSITIVE_INFINITY;
        for (PointResult r : candidates) {
            if (r.figures().annualCo2eKg() < bestCo2) {
                front.add(r);
                bestCo2 = r.figures().annualCo2eKg();
            }
        }
        return front;
    }
}
