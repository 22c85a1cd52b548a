package dev.hallplan.app.cli;

/**
 * The documented ranges of the command line's numeric options (docs/reliability.md). picocli
 * parses "NaN", "Infinity" and 1e308 as numbers; each command checks its options here before any
 * work starts, so a nonsense value is refused with the range instead of taken at its word.
 */
final class OptionRanges {
    /** Solve time limit: above zero, at most a day. */
    static final double MAX_SECONDS = 86_400;

    private OptionRanges() {
    }

    /** {@code value} when it lies within {@code min..max} ({@code min} excluded when {@code minExclusive}); else a clear refusal. */
    static double within(String option, double value, double min, boolean minExclusive, double max) {
        boolean ok = (minExclusive ? value > min : value >= min) && value <= max;
        if (!ok) {
            throw new IllegalArgumentException(option + " must be " + (minExclusive ? "above " : "at least ") + plain(min)
                    + " and at most " + plain(max) + ", was " + value);
        }
        return value;
    }

    /** Like {@link #within} for a whole-number option. */
    static int within(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(option + " must be within " + min + ".." + max + ", was " + value);
        }
        return value;
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
