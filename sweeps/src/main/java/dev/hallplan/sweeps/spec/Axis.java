package dev.hallplan.sweeps.spec;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One numeric dimension of a sweep: a multiplier of a base-project figure, given as discrete
 * {@code values} (grid or sampled levels) or as a {@code [min, max]} range (Latin hypercube only).
 *
 * @param name         column name of the axis in the results (unique within a spec)
 * @param kind         what the multiplier scales
 * @param accelerator  HARDWARE_PRICE only, nullable: servers carrying this catalog accelerator id
 * @param vendor       HARDWARE_PRICE only, nullable: servers whose accelerator is of this vendor
 *                     (case-insensitive); with neither, every server
 * @param workload     DEMAND only, nullable: this workload id; null: every workload
 * @param values       the levels, each 0 or more; empty when a range is given
 * @param min          lower end of the range (multiplier); NaN when {@code values} are given
 * @param max          upper end of the range (multiplier); NaN when {@code values} are given
 */
public record Axis(String name, AxisKind kind, String accelerator, String vendor, String workload,
        List<Double> values, double min, double max) implements Serializable {
    private static final long serialVersionUID = 1L;

    public Axis {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an axis needs a name");
        }
        Objects.requireNonNull(kind, "kind");
        values = values == null ? List.of() : List.copyOf(values);
        boolean range = !Double.isNaN(min) || !Double.isNaN(max);
        if (values.isEmpty() == !range) {
            throw new IllegalArgumentException("axis " + name + ": give either values or min and max");
        }
        if (range && !(min >= 0 && max >= min && Double.isFinite(max))) {
            throw new IllegalArgumentException("axis " + name + ": need 0 <= min <= max, was " + min + ".." + max);
        }
        if (values.stream().anyMatch(v -> v == null || !(v >= 0) || v.isInfinite())) {
            throw new IllegalArgumentException("axis " + name + ": values must be finite multipliers of 0 or more");
        }
        if (kind != AxisKind.HARDWARE_PRICE && (accelerator != null || vendor != null)) {
            throw new IllegalArgumentException("axis " + name + ": accelerator and vendor apply to hardwarePrice only");
        }
        if (accelerator != null && vendor != null) {
            throw new IllegalArgumentException("axis " + name + ": give accelerator or vendor, not both");
        }
        if (kind != AxisKind.DEMAND && workload != null) {
            throw new IllegalArgumentException("axis " + name + ": workload applies to demand only");
        }
    }

    /** True when the axis is given as discrete levels (a grid needs them). */
    public boolean discrete() {
        return !values.isEmpty();
    }

    /** The axis' value at {@code u} in [0, 1): a range is spread evenly, levels are taken in equal shares. */
    public double at(double u) {
        if (discrete()) {
            return values.get(Math.min(values.size() - 1, (int) Math.floor(u * values.size())));
        }
        return min + u * (max - min);
    }
}
