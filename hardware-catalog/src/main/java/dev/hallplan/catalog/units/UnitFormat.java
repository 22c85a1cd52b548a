package dev.hallplan.catalog.units;

import java.util.Locale;

/**
 * The one place SI values become text for people: CLI, desktop UI and reports all format
 * through here. Values are SI base units (W, J, bytes, s, FLOP/s, B/s, USD); output uses a
 * decimal prefix chosen so the number reads naturally, three significant figures by default.
 * Whole parts of a thousand and more are grouped ({@code 34,001}); counts of a million and more
 * take a prefix ({@code 42.6 M}). Locale-independent (a dot as decimal separator, a comma between
 * thousands) so text is stable across machines.
 */
public final class UnitFormat {
    private static final String[] PREFIXES = {"", "k", "M", "G", "T", "P", "E"};

    private UnitFormat() {
    }

    /** Power, e.g. {@code 1.2 MW}, {@code 700 W}. */
    public static String watts(double watts) {
        return prefixed(watts, "W");
    }

    /** Energy, shown in Wh multiples as the energy trade reads it, e.g. {@code 8.76 GWh}. */
    public static String joulesAsWattHours(double joules) {
        return prefixed(joules / 3600.0, "Wh");
    }

    /** Memory or storage size in decimal bytes, e.g. {@code 80 GB}. */
    public static String bytes(double bytes) {
        return prefixed(bytes, "B");
    }

    /** Bandwidth, e.g. {@code 3.35 TB/s}. */
    public static String bytesPerSecond(double bytesPerSecond) {
        return prefixed(bytesPerSecond, "B/s");
    }

    /** Link rate, e.g. {@code 400 Gb/s}. */
    public static String bitsPerSecond(double bitsPerSecond) {
        return prefixed(bitsPerSecond, "b/s");
    }

    /** Compute rate, e.g. {@code 989 TFLOP/s}. */
    public static String flopsPerSecond(double flopsPerSecond) {
        return prefixed(flopsPerSecond, "FLOP/s");
    }

    /** A duration: µs and ms below one second, s up to an hour, then h. */
    public static String seconds(double seconds) {
        double a = Math.abs(seconds);
        if (a == 0) {
            return "0 s";
        }
        if (a < 1e-3) {
            return sig(seconds * 1e6) + " µs";
        }
        if (a < 1) {
            return sig(seconds * 1e3) + " ms";
        }
        if (a < 3600) {
            return sig(seconds) + " s";
        }
        return sig(seconds / 3600) + " h";
    }

    /** Money in US dollars with thousands grouping and a k/M/B suffix past ten thousand. */
    public static String usd(double usd) {
        double a = Math.abs(usd);
        if (a >= 1e9) {
            return "$" + sig(usd / 1e9) + "B";
        }
        if (a >= 1e6) {
            return "$" + sig(usd / 1e6) + "M";
        }
        if (a >= 1e4) {
            return "$" + sig(usd / 1e3) + "k";
        }
        return String.format(Locale.ROOT, "$%,.2f", usd);
    }

    /** A share as a percentage, e.g. {@code 0.4567 -> "45.7%"}. */
    public static String percent(double fraction) {
        return sig(fraction * 100) + "%";
    }

    /** Mass of CO2-equivalent given in kilograms, shown in tonnes: {@code 1234 kg -> "1.23 tCO2e"}. */
    public static String kilogramsCo2AsTonnes(double kilograms) {
        return sig(kilograms / 1000.0) + " tCO2e";
    }

    /**
     * A count or rate with a decimal multiplier before its unit, e.g.
     * {@code (6724800, "tokens/s") -> "6.72 M tokens/s"}, {@code (950, "req/s") -> "950 req/s"}.
     */
    public static String scaled(double value, String unit) {
        String number = prefixed(value, "").strip();
        return unit.isEmpty() ? number : number + " " + unit;
    }

    /**
     * A plain number without a unit: three significant figures, thousands grouped below a million
     * ({@code 34,001}), a decimal prefix from a million on ({@code 42620000 -> "42.6 M"}).
     */
    public static String number(double value) {
        return Math.abs(value) >= 999_999.5 ? scaled(value, "") : sig(value);
    }

    private static String prefixed(double value, String unit) {
        double a = Math.abs(value);
        int i = 0;
        while (a >= 999.5 && i < PREFIXES.length - 1) {
            a /= 1000;
            value /= 1000;
            i++;
        }
        return sig(value) + " " + PREFIXES[i] + unit;
    }

    /**
     * Three significant figures (every digit of the whole part from 100 on), trailing zeros
     * dropped, no exponent, thousands grouped with a comma.
     */
    static String sig(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return String.valueOf(v);
        }
        double a = Math.abs(v);
        int decimals = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : a == 0 ? 0 : 2 - (int) Math.floor(Math.log10(a));
        String s = String.format(Locale.ROOT, "%,." + Math.min(decimals, 12) + "f", v);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s.equals("-0") ? "0" : s;
    }
}
