package dev.hallplan.app.energy;

import dev.hallplan.app.workspace.TypedNumbers;
import dev.hallplan.engine.supply.HourlyProfile;
import dev.hallplan.engine.supply.Tariff;
import java.math.BigDecimal;

/** Numbers typed into the energy form, turned into SI values with a message naming the field when they do not parse. */
final class FormNumbers {
    private static final double WATTS_PER_MEGAWATT = 1e6;
    private static final double JOULES_PER_MEGAWATT_HOUR = 3.6e9;

    private FormNumbers() {
    }

    static double number(String text, String field) {
        return TypedNumbers.decimal(text, field);
    }

    static double megawatts(String text, String field) {
        return number(text, field + " (MW)") * WATTS_PER_MEGAWATT;
    }

    static double megawattHours(String text, String field) {
        return number(text, field + " (MWh)") * JOULES_PER_MEGAWATT_HOUR;
    }

    /** A percentage typed as 0..100, returned as a fraction. */
    static double percent(String text, String field) {
        return number(text, field + " (%)") / 100;
    }

    static double millionsUsd(String text, String field) {
        return text == null || text.isBlank() ? 0 : number(text, field + " ($M)") * 1e6;
    }

    /** Flat price, or time of use (peak price from hour {@code from} up to {@code to}) when {@code peak} is not blank. */
    static Tariff tariff(String flat, String peak, String from, String to, String demand) {
        double base = number(flat, "Energy price ($/MWh)");
        double charge = demand == null || demand.isBlank() ? 0 : number(demand, "Demand charge ($/kW-month)");
        if (peak == null || peak.isBlank()) {
            return new Tariff(HourlyProfile.constant(base), charge);
        }
        double high = number(peak, "Peak price ($/MWh)");
        int start = hour(from, "Peak from (hour)");
        int end = hour(to, "Peak to (hour)");
        if (start >= end) {
            throw new IllegalArgumentException("Peak hours: 'from' (" + start + ") must come before 'to' (" + end + ")");
        }
        double[] day = new double[24];
        for (int h = 0; h < 24; h++) {
            day[h] = h >= start && h < end ? high : base;
        }
        return new Tariff(HourlyProfile.of(day), charge);
    }

    private static int hour(String text, String field) {
        double v = number(text, field);
        if (v != Math.rint(v) || v < 0 || v > 24) {
            throw new IllegalArgumentException(field + ": a whole hour 0..24, was " + text.strip());
        }
        return (int) v;
    }

    /** A number for a text field: no trailing zeros, no exponent. */
    static String text(double v) {
        return BigDecimal.valueOf(v).round(new java.math.MathContext(10)).stripTrailingZeros().toPlainString();
    }
}
