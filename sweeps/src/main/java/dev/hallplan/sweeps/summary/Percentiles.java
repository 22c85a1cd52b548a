package dev.hallplan.sweeps.summary;

import java.util.Arrays;

/** Percentiles by linear interpolation between order statistics (Excel's PERCENTILE.INC). */
public final class Percentiles {
    private Percentiles() {
    }

    /**
     * The {@code p}-th percentile (0..1) of {@code values}: with the values sorted, position
     * {@code p × (n − 1)} interpolated between its neighbours. NaN for no values.
     */
    public static double of(double[] values, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("percentile must be within 0..1, was " + p);
        }
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double rank = p * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }
}
