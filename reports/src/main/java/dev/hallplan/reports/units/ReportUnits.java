package dev.hallplan.reports.units;

import java.time.YearMonth;

/**
 * The one place where the reports turn SI values into the display units of charts and workbook
 * columns (MW, MWh, tCO2e, $M). Text for people goes through
 * {@link dev.hallplan.catalog.units.UnitFormat}; these are numbers for axes and cells whose unit
 * is written in the header, so each conversion here is paired with the header suffix it implies.
 */
public final class ReportUnits {
    /** Joules in one megawatt-hour (3.6e9). */
    public static final double JOULES_PER_MWH = 3.6e9;
    /** Joules in one kilowatt-hour (3.6e6). */
    public static final double JOULES_PER_KWH = 3.6e6;
    /** Seconds in a 365-day year. */
    public static final double SECONDS_PER_YEAR = 365 * 24 * 3600.0;
    /** The non-leap reference year whose month lengths the Energy sheet uses for average power. */
    public static final int REFERENCE_YEAR = 2027;

    private ReportUnits() {
    }

    /** Watts to megawatts (header unit "MW"). */
    public static double megawatts(double watts) {
        return watts / 1e6;
    }

    /** Watts to kilowatts (header unit "kW"). */
    public static double kilowatts(double watts) {
        return watts / 1e3;
    }

    /** Seconds to milliseconds (header unit "ms"). */
    public static double milliseconds(double seconds) {
        return seconds * 1e3;
    }

    /** Joules to megawatt-hours (header unit "MWh"). */
    public static double megawattHours(double joules) {
        return joules / JOULES_PER_MWH;
    }

    /** Kilograms to tonnes (header unit "tCO2e"). */
    public static double tonnes(double kilograms) {
        return kilograms / 1000.0;
    }

    /** Dollars to millions of dollars (header unit "$M"). */
    public static double millionsUsd(double usd) {
        return usd / 1e6;
    }

    /** Hours in {@code month} (1 = January) of {@link #REFERENCE_YEAR}. */
    public static int hoursInMonth(int month) {
        return YearMonth.of(REFERENCE_YEAR, month).lengthOfMonth() * 24;
    }

    /** Short English month name, "Jan" for 1. */
    public static String monthName(int month) {
        return java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ROOT);
    }
}
