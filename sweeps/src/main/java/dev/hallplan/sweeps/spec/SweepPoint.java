package dev.hallplan.sweeps.spec;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One what-if of a sweep: a base scenario and a multiplier per axis. Travels to Spark executors.
 *
 * @param index       0-based position in the sweep's design; names the point's result
 * @param scenario    name of the base scenario
 * @param multipliers axis name to multiplier, in the spec's axis order
 */
public record SweepPoint(int index, String scenario, Map<String, Double> multipliers) implements Serializable {
    private static final long serialVersionUID = 1L;

    public SweepPoint {
        if (index < 0) {
            throw new IllegalArgumentException("point index must not be negative, was " + index);
        }
        Objects.requireNonNull(scenario, "scenario");
        // an unmodifiable LinkedHashMap keeps the axis order and serializes anywhere
        multipliers = Collections.unmodifiableMap(new LinkedHashMap<>(multipliers));
    }

    /** The multiplier of axis {@code name}. */
    public double multiplier(String name) {
        Double m = multipliers.get(name);
        if (m == null) {
            throw new IllegalArgumentException("point " + index + " has no axis " + name);
        }
        return m;
    }
}
