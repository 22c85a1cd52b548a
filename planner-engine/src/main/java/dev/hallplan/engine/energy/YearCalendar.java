package dev.hallplan.engine.energy;

import dev.hallplan.engine.supply.HourlyProfile;
/**
 * The reference year of every hourly array: 365 days, 8760 hours, hour 0 is 1 January 00:00
 * local time. Leap days are not modelled (an imported 8784-value year must drop 29 February).
 */
public final class YearCalendar {
    public static final int HOURS_PER_YEAR = HourlyProfile.HOURS_PER_YEAR;
    public static final int DAYS_PER_YEAR = 365;
    public static final double SECONDS_PER_HOUR = 3600.0;
    /** Joules in one megawatt-hour, for prices quoted per MWh. */
    public static final double JOULES_PER_MWH = 3.6e9;
    /** Joules in one kilowatt-hour, for carbon intensities quoted per kWh. */
    public static final double JOULES_PER_KWH = 3.6e6;

    private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    private static final int[] MONTH_OF_DAY = new int[DAYS_PER_YEAR];

    static {
        int day = 0;
        for (int m = 0; m < 12; m++) {
            for (int d = 0; d < DAYS_IN_MONTH[m]; d++) {
                MONTH_OF_DAY[day++] = m;
            }
        }
    }

    private YearCalendar() {
    }

    /** Month (0 = January) that {@code hourOfYear} (0..8759) falls in. */
    public static int monthOf(int hourOfYear) {
        return MONTH_OF_DAY[hourOfYear / 24];
    }

    /** Days in {@code month} (0 = January) of the non-leap reference year. */
    public static int daysInMonth(int month) {
        return DAYS_IN_MONTH[month];
    }

    /** Day of the year, 0-based (0 = 1 January). */
    public static int dayOf(int hourOfYear) {
        return hourOfYear / 24;
    }

    /** Hour of the day, 0..23. */
    public static int hourOfDay(int hourOfYear) {
        return hourOfYear % 24;
    }

    static void requireYear(String what, double[] hourly) {
        if (hourly == null || hourly.length != HOURS_PER_YEAR) {
            throw new IllegalArgumentException(what + " needs " + HOURS_PER_YEAR + " hourly values, had "
                    + (hourly == null ? "none" : hourly.length));
        }
    }
}
