package dev.hallplan.engine.project;

import java.util.List;
import java.util.Set;

/** Guards shared by the project records' compact constructors. */
final class Checks {
    /** Longest id, name or label: they head table columns, sheet rows and report lines. */
    static final int MAX_LABEL_CHARS = 256;

    private Checks() {
    }

    static String id(String what, String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(what + " id must not be blank");
        }
        return singleLine(what + " id", id);
    }

    /**
     * {@code text} when it holds no control character (newline, tab, NUL, ...) nor a Unicode line or
     * paragraph separator and is at most {@value #MAX_LABEL_CHARS} characters long: ids, names and
     * labels are printed on one line and matched exactly.
     * Null passes (the caller decides whether it is required).
     */
    static String singleLine(String what, String text) {
        if (text == null) {
            return null;
        }
        if (text.length() > MAX_LABEL_CHARS) {
            throw new IllegalArgumentException(what + " must be at most " + MAX_LABEL_CHARS + " characters long, was " + text.length());
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                throw new IllegalArgumentException(String.format("%s must not contain control characters (U+%04X at %d)", what, (int) c, i));
            }
        }
        return text;
    }

    /** Every element of {@code texts} passes {@link #singleLine}. */
    static <C extends java.util.Collection<String>> C singleLines(String what, C texts) {
        if (texts != null) {
            texts.forEach(t -> singleLine(what, t));
        }
        return texts;
    }

    static void nonNegative(String what, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must not be negative, was " + v);
        }
    }

    static void positive(String what, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must be positive, was " + v);
        }
    }

    static void fraction(String what, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(what + " must be within 0..1, was " + v);
        }
    }

    static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : List.copyOf(l);
    }

    static <T> Set<T> set(Set<T> s) {
        return s == null ? Set.of() : Set.copyOf(s);
    }
}
