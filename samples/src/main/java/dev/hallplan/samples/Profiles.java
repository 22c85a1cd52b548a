package dev.hallplan.samples;

import dev.hallplan.engine.supply.HourlyProfile;

/**
 * Synthetic weekly shapes (168 hours, Monday 00:00 first) for sample demand, grid carbon and
 * time-of-use prices. They are documented ESTIMATES of typical shapes, not measured data:
 * each formula is given with the shape it is meant to reproduce (see samples/README.md).
 */
public final class Profiles {
    private static final int WEEK = 168;

    private Profiles() {
    }

    /**
     * Consumer chat: lowest around 05:00, highest around 20:00 local time, weekends 5% busier.
     * share = 0.35 + 0.65 · (0.5 + 0.5 · cos(2π (hour − 20) / 24)), scaled so the weekly maximum is 1.
     */
    public static HourlyProfile consumerChat() {
        double[] v = new double[WEEK];
        for (int h = 0; h < WEEK; h++) {
            int hod = h % 24;
            boolean weekend = h / 24 >= 5;
            v[h] = (0.35 + 0.65 * cosPeak(hod, 20)) * (weekend ? 1.0 : 0.95);
        }
        return normalised(v);
    }

    /**
     * Office copilot: weekdays ramp from 0.15 at night to 1.0 between 09:00 and 17:00 with a
     * lunch dip to 0.85 at 12:00-13:00; weekends stay at 0.2.
     */
    public static HourlyProfile businessHours() {
        double[] v = new double[WEEK];
        for (int h = 0; h < WEEK; h++) {
            int hod = h % 24;
            boolean weekend = h / 24 >= 5;
            double share;
            if (weekend) {
                share = 0.2;
            } else if (hod >= 9 && hod < 17) {
                share = (hod == 12) ? 0.85 : 1.0;
            } else if (hod == 7 || hod == 8 || hod == 17 || hod == 18) {
                share = 0.55;
            } else {
                share = 0.15;
            }
            v[h] = share;
        }
        return normalised(v);
    }

    /** Search and ads: a daily swing between 0.55 (04:00) and 1.0 (16:00), the same every day. */
    public static HourlyProfile searchTraffic() {
        double[] v = new double[WEEK];
        for (int h = 0; h < WEEK; h++) {
            v[h] = 0.55 + 0.45 * cosPeak(h % 24, 16);
        }
        return normalised(v);
    }

    /**
     * Diurnal with a weekend dip (internal tools, enterprise APIs): every day a swing between 0.3
     * (02:00) and 1.0 (14:00), share = 0.3 + 0.7 · (0.5 + 0.5 · cos(2π (hour − 14) / 24)); Saturday
     * and Sunday at 0.6 of that. An ESTIMATE of a typical shape, not measured data.
     */
    public static HourlyProfile diurnalWeekendDip() {
        double[] v = new double[WEEK];
        for (int h = 0; h < WEEK; h++) {
            boolean weekend = h / 24 >= 5;
            v[h] = (0.3 + 0.7 * cosPeak(h % 24, 14)) * (weekend ? 0.6 : 1.0);
        }
        return normalised(v);
    }

    /** Constant demand (batch pipelines that run all the time). */
    public static HourlyProfile flat() {
        return HourlyProfile.constant(1.0);
    }

    /**
     * Grid carbon intensity around an annual mean: highest in the evening peak (19:00) and lowest
     * at midday when solar output is high, by ±{@code swing} of the mean.
     */
    public static HourlyProfile gridCarbon(double meanGramsPerKwh, double swing) {
        double[] v = new double[24];
        for (int hod = 0; hod < 24; hod++) {
            v[hod] = meanGramsPerKwh * (1 + swing * Math.cos(2 * Math.PI * (hod - 19) / 24.0));
        }
        return HourlyProfile.of(v);
    }

    /** Time-of-use energy price: 0.7× the base from 00:00 to 06:00, 1.3× from 16:00 to 20:00, 1× otherwise. */
    public static HourlyProfile timeOfUse(double baseUsdPerMwh) {
        double[] v = new double[24];
        for (int hod = 0; hod < 24; hod++) {
            v[hod] = baseUsdPerMwh * (hod < 6 ? 0.7 : hod >= 16 && hod < 20 ? 1.3 : 1.0);
        }
        return HourlyProfile.of(v);
    }

    private static double cosPeak(int hourOfDay, int peakHour) {
        return 0.5 + 0.5 * Math.cos(2 * Math.PI * (hourOfDay - peakHour) / 24.0);
    }

    private static HourlyProfile normalised(double[] v) {
        double max = 0;
        for (double x : v) {
            max = Math.max(max, x);
        }
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.min(1.0, v[i] / max);
        }
        return HourlyProfile.of(v);
    }
}
