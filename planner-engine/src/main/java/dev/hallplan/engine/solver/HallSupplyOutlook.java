package dev.hallplan.engine.solver;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What the solver needs to know about a hall's PUE and on-site supply to check the hall power
 * limit, supplied by the facility and energy models (the solver has no PUE or renewable formula).
 *
 * @param monthlyPue                     PUE per month, January first (12 values, each 1 or more)
 * @param onSiteSupplyWattsByMonthHour   behind-the-meter supply (on-site renewables) on a
 *                                       representative day of each month: 12 rows of 24 hourly
 *                                       values; all zero when the hall has none
 */
public record HallSupplyOutlook(List<Double> monthlyPue, double[][] onSiteSupplyWattsByMonthHour) {

    public HallSupplyOutlook {
        if (monthlyPue == null || monthlyPue.size() != 12) {
            throw new IllegalArgumentException("hall supply outlook needs 12 monthly PUE values");
        }
        for (double pue : monthlyPue) {
            if (!(pue >= 1) || Double.isInfinite(pue)) {
                throw new IllegalArgumentException("PUE must be 1 or more, was " + pue);
            }
        }
        monthlyPue = List.copyOf(monthlyPue);
        if (onSiteSupplyWattsByMonthHour == null || onSiteSupplyWattsByMonthHour.length != 12) {
            throw new IllegalArgumentException("on-site supply needs 12 representative days");
        }
        double[][] copy = new double[12][];
        for (int m = 0; m < 12; m++) {
            double[] day = onSiteSupplyWattsByMonthHour[m];
            if (day == null || day.length != 24) {
                throw new IllegalArgumentException("on-site supply of month " + (m + 1) + " needs 24 hourly values");
            }
            for (double w : day) {
                if (!(w >= 0) || Double.isInfinite(w)) {
                    throw new IllegalArgumentException("on-site supply of month " + (m + 1) + " must not be negative, was " + w);
                }
            }
            copy[m] = day.clone();
        }
        onSiteSupplyWattsByMonthHour = copy;
    }

    /** A constant PUE all year and no on-site supply. */
    public static HallSupplyOutlook constantPue(double pue) {
        return new HallSupplyOutlook(Collections.nCopies(12, pue), new double[12][24]);
    }

    /** The on-site supply at {@code hour} (0..23) of the representative day of {@code month} (0..11). */
    public double onSiteSupplyWatts(int month, int hour) {
        return onSiteSupplyWattsByMonthHour[month][hour];
    }

    public double pue(int month) {
        return monthlyPue.get(month);
    }

    /** The yearly mean PUE (months weighted equally). */
    public double meanPue() {
        return monthlyPue.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    @Override
    public double[][] onSiteSupplyWattsByMonthHour() {
        double[][] copy = new double[12][];
        for (int m = 0; m < 12; m++) {
            copy[m] = onSiteSupplyWattsByMonthHour[m].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HallSupplyOutlook h && monthlyPue.equals(h.monthlyPue)
                && Arrays.deepEquals(onSiteSupplyWattsByMonthHour, h.onSiteSupplyWattsByMonthHour);
    }

    @Override
    public int hashCode() {
        return monthlyPue.hashCode() * 31 + Arrays.deepHashCode(onSiteSupplyWattsByMonthHour);
    }
}
