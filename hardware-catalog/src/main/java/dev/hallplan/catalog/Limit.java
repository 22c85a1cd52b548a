package dev.hallplan.catalog;

import dev.hallplan.catalog.units.FieldUnits;
import java.util.Optional;

/**
 * The plausible range of one numeric catalog field. Values outside are rejected with the value
 * and the bound in the field's unit; {@code context} says what the bound is for
 * (e.g. "for a single accelerator").
 */
record Limit(double min, boolean minExclusive, double max, String context) {
    static final Limit NON_NEGATIVE = new Limit(0, false, Double.POSITIVE_INFINITY, "");

    static Limit positive(double max, String context) {
        return new Limit(0, true, max, context);
    }

    static Limit nonNegative(double max, String context) {
        return new Limit(0, false, max, context);
    }

    /** Why {@code value} of {@code field} is out of range, or empty when it is fine (formats nothing then). */
    Optional<String> check(String field, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Optional.of("must be a finite number, was " + value);
        }
        boolean inRange = (minExclusive ? value > min : value >= min) && value <= max;
        if (inRange) {
            return Optional.empty();
        }
        String shown = FieldUnits.format(field, value);
        if (minExclusive && value <= min) {
            return Optional.of(min == 0 ? "must be positive, was " + shown : "must exceed " + FieldUnits.format(field, min) + ", was " + shown);
        }
        if (!minExclusive && value < min) {
            return Optional.of(min == 0 ? "must not be negative, was " + shown : "must be at least " + FieldUnits.format(field, min) + ", was " + shown);
        }
        if (value > max) {
            return Optional.of("implausible: " + shown + " exceeds " + FieldUnits.format(field, max)
                    + (context.isEmpty() ? "" : " " + context));
        }
        return Optional.empty();
    }
}
