package dev.hallplan.catalog;

/** Guards shared by the compact constructors of catalog records; messages name entry and field. */
final class CatalogChecks {
    private CatalogChecks() {
    }

    static void id(String id) {
        if (id == null || !id.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new IllegalArgumentException("catalog id must be lower-case letters, digits, '.', '_' or '-': " + id);
        }
    }

    static void positive(String id, String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(id + ": " + field + " must be positive, was " + value);
        }
    }

    static void nonNegative(String id, String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(id + ": " + field + " must not be negative, was " + value);
        }
    }

    static void fraction(String id, String field, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(id + ": " + field + " must be within 0..1, was " + value);
        }
    }
}
