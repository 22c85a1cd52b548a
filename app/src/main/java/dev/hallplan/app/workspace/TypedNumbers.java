package dev.hallplan.app.workspace;

/**
 * Numbers people type into the desktop's forms and table cells, read one way everywhere: surrounding
 * blanks and thousands separators ignored, NaN and infinities refused, and a refusal that names the
 * field ({@code "Grid tie-in (MW): 'abc' is not a number"}). Units are the caller's.
 */
public final class TypedNumbers {
    private TypedNumbers() {
    }

    /**
     * The finite number typed in {@code text}.
     *
     * @param field what the user typed into, as the form labels it (the message starts with it)
     * @throws IllegalArgumentException when {@code text} is blank or not a finite number
     */
    public static double decimal(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(field + ": enter a number");
        }
        try {
            double v = Double.parseDouble(text.strip().replace(",", ""));
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": '" + text.strip() + "' is not a number");
        }
    }

    /** What a latency limit without a limit reads as, and what may be typed for one (as may a blank or 0). */
    public static final String NO_LIMIT = "none";

    /**
     * A latency limit typed in milliseconds, in seconds. Blank, {@value #NO_LIMIT} and 0 all mean no
     * limit, returned as {@code Double.POSITIVE_INFINITY} (the estimator's {@code Slo.NONE}); the
     * project file stores no limit as 0 ({@code LatencySlo}), which its callers turn it into.
     *
     * @param field what the user typed into, e.g. "TPOT limit (ms)"
     * @throws IllegalArgumentException when {@code text} is no number or negative
     */
    public static double limitSeconds(String text, String field) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.equalsIgnoreCase(NO_LIMIT)) {
            return Double.POSITIVE_INFINITY;
        }
        double millis = decimal(t, field);
        if (millis < 0) {
            throw new IllegalArgumentException(field + ": must be 0 (no limit) or more, was " + t);
        }
        return millis == 0 ? Double.POSITIVE_INFINITY : millis / 1000;
    }

    /**
     * The whole number typed in {@code text}.
     *
     * @throws IllegalArgumentException when {@code text} is not a whole number within {@code int}
     */
    public static int whole(String text, String field) {
        String t = text == null ? "" : text.strip();
        try {
            return Integer.parseInt(t.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": '" + t + "' is not a whole number");
        }
    }
}
