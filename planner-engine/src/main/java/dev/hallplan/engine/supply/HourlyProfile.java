package dev.hallplan.engine.supply;

import java.util.Arrays;

/**
 * A value for every hour of a (non-leap) year, stored compactly: 1 value (constant), 24 (a daily
 * shape), 168 (a weekly shape starting Monday 00:00) or 8760 (the full year). The unit is the
 * owner's: a capacity factor, a share of peak demand, grams CO2 per kWh, USD per MWh.
 */
public final class HourlyProfile {
    public static final int HOURS_PER_YEAR = 8760;
    private final double[] values;

    private HourlyProfile(double[] values) {
        int n = values.length;
        if (n != 1 && n != 24 && n != 168 && n != HOURS_PER_YEAR) {
            throw new IllegalArgumentException("an hourly profile has 1, 24, 168 or 8760 values, not " + n);
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("hourly profile value " + i + " is not a finite number");
            }
        }
        this.values = values;
    }

    /** A profile from {@code values} (copied); see the class comment for the allowed lengths. */
    public static HourlyProfile of(double... values) {
        return new HourlyProfile(values.clone());
    }

    public static HourlyProfile constant(double value) {
        return new HourlyProfile(new double[] {value});
    }

    /** The value at {@code hourOfYear} (0 = 1 January 00:00, a Monday in the reference year). */
    public double at(int hourOfYear) {
        return values[Math.floorMod(hourOfYear, values.length)];
    }

    /** The stored values (a copy), as written to the project file. */
    public double[] values() {
        return values.clone();
    }

    public int length() {
        return values.length;
    }

    /** The whole year expanded to 8760 values. */
    public double[] toYear() {
        int n = values.length;
        if (n == HOURS_PER_YEAR) {
            return values.clone();
        }
        double[] year = new double[HOURS_PER_YEAR];
        for (int start = 0; start < HOURS_PER_YEAR; start += n) {
            System.arraycopy(values, 0, year, start, Math.min(n, HOURS_PER_YEAR - start));
        }
        return year;
    }

    /** Sum of the year's 8760 hourly values (a 168-value week repeats 52 and a seventh times). */
    public double yearSum() {
        int n = values.length;
        double cycle = 0;
        for (double v : values) {
            cycle += v;
        }
        int fullCycles = HOURS_PER_YEAR / n;
        double sum = cycle * fullCycles;
        for (int h = fullCycles * n; h < HOURS_PER_YEAR; h++) {
            sum += values[h % n];
        }
        return sum;
    }

    /** Mean of the year's 8760 hourly values. */
    public double yearMean() {
        return yearSum() / HOURS_PER_YEAR;
    }

    public double min() {
        return Arrays.stream(values).min().orElseThrow();
    }

    public double max() {
        return Arrays.stream(values).max().orElseThrow();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HourlyProfile p && Arrays.equals(values, p.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "HourlyProfile[" + values.length + " values, " + min() + ".." + max() + "]";
    }
}
