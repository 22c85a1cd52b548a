package dev.hallplan.catalog.units;

/**
 * Picks the {@link UnitFormat} method for a catalog field from the unit in its name
 * ({@code tdpWatts}, {@code memoryBytes}, {@code denseFlopsPerSecond.BF16}, ...), so validation
 * messages, the CLI and the UI show a figure with its unit without a per-field table.
 */
public final class FieldUnits {
    private FieldUnits() {
    }

    /** {@code value} formatted with the unit that {@code field}'s name carries; a plain number otherwise. */
    public static String format(String field, double value) {
        String f = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
        if (f.endsWith("FlopsPerSecond")) {
            return UnitFormat.flopsPerSecond(value);
        }
        if (f.endsWith("BytesPerSecond")) {
            return UnitFormat.bytesPerSecond(value);
        }
        if (f.endsWith("BitsPerSecond")) {
            return UnitFormat.bitsPerSecond(value);
        }
        if (f.endsWith("Bytes")) {
            return UnitFormat.bytes(value);
        }
        if (f.endsWith("Watts")) {
            return UnitFormat.watts(value);
        }
        if (f.endsWith("Usd")) {
            return UnitFormat.usd(value);
        }
        if (f.endsWith("Seconds")) {
            return UnitFormat.seconds(value);
        }
        if (f.endsWith("Kg")) {
            return UnitFormat.number(value) + " kg";
        }
        if (f.endsWith("Meters")) {
            return UnitFormat.number(value) + " m";
        }
        if (f.endsWith("Units")) {
            return UnitFormat.number(value) + " U";
        }
        if (f.endsWith("Fraction") || f.endsWith("Efficiency") || f.endsWith("Utilization") || f.equals("efficiency")) {
            return UnitFormat.percent(value);
        }
        if (f.equals("releaseYear") || f.endsWith("Count") || f.endsWith("Size") || f.equals("ports") || f.equals("count")) {
            return String.valueOf((long) value);
        }
        return UnitFormat.number(value);
    }
}
