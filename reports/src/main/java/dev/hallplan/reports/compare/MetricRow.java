package dev.hallplan.reports.compare;

import java.util.List;
import java.util.OptionalInt;

/**
 * One metric across the compared scenarios.
 *
 * @param valuesSi one SI value per scenario, in scenario order (NaN where undefined)
 * @param winner   index of the best scenario; empty when all defined values tie or none is defined
 */
public record MetricRow(ComparisonMetric metric, List<Double> valuesSi, OptionalInt winner) {
    public MetricRow {
        valuesSi = List.copyOf(valuesSi);
    }

    /** The index of the best value by {@code higherIsBetter}, ignoring NaN; empty on a full tie. */
    static OptionalInt best(List<Double> values, boolean higherIsBetter) {
        int best = -1;
        boolean tie = true;
        for (int i = 0; i < values.size(); i++) {
            double v = values.get(i);
            if (Double.isNaN(v)) {
                continue;
            }
            if (best < 0) {
                best = i;
                continue;
            }
            double b = values.get(best);
            if (!nearlyEqual(v, b)) {
                tie = false;
            }
            if (!nearlyEqual(v, b) && (higherIsBetter ? v > b : v < b)) {
                best = i;
            }
        }
        return best < 0 || tie ? OptionalInt.empty() : OptionalInt.of(best);
    }

    /** Equal to one part in 1e9: values computed along different paths still tie. */
    private static boolean nearlyEqual(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
    }
}
