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
