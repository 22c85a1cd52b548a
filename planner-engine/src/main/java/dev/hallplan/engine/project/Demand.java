package dev.hallplan.engine.project;

import dev.hallplan.engine.supply.HourlyProfile;
import java.util.Objects;

/**
 * How much a workload is asked to serve.
 *
 * @param peakRequestsPerSecond   requests (or queries) per second at the busiest hour
 * @param shareOfPeak             per hour, demand as a share of the peak (0..1)
 */
public record Demand(double peakRequestsPerSecond, HourlyProfile shareOfPeak) {
    public Demand {
        Checks.positive("peakRequestsPerSecond", peakRequestsPerSecond);
        Objects.requireNonNull(shareOfPeak, "shareOfPeak");
        if (shareOfPeak.min() < 0 || shareOfPeak.max() > 1) {
            throw new IllegalArgumentException("demand shareOfPeak values must be within 0..1");
        }
    }

    public double requestsPerSecondAt(int hourOfYear) {
        return peakRequestsPerSecond * shareOfPeak.at(hourOfYear);
    }
}
