package dev.hallplan.engine.project;

import java.util.List;
import java.util.Set;

/** Guards shared by the project records' compact constructors. */
final class Checks {
    private Checks() {
    }

    static String id(String what, String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(what + " id must not be blank");
        }
        return id;
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
