package dev.hallplan.sweeps.spec;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A what-if study over one project: the base scenarios (a categorical axis: the chip choice),
 * the numeric axes, how points are sampled and how each point is solved. Format: docs/sweeps.md.
 *
 * @param scenarios  names of the base scenarios; empty: the project's first scenario
 */
public record SweepSpec(String name, List<String> scenarios, List<Axis> axes, Sampling sampling,
        SolveSettings solve) implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Column names a sweep writes itself; an axis may not take one. */
    public static final Set<String> RESERVED_NAMES = Set.of("point", "scenario");

    public SweepSpec {
        name = name == null || name.isBlank() ? "sweep" : name;
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
        axes = axes == null ? List.of() : List.copyOf(axes);
        if (sampling == null || solve == null) {
            throw new IllegalArgumentException("a sweep spec needs sampling and solve");
        }
        Set<String> names = new HashSet<>();
        for (Axis a : axes) {
            if (!names.add(a.name()) || RESERVED_NAMES.contains(a.name())) {
                throw new IllegalArgumentException("axis name '" + a.name() + "' is used twice or reserved");
            }
            if (sampling.method() == Sampling.Method.GRID && !a.discrete()) {
                throw new IllegalArgumentException("axis " + a.name() + ": a grid needs values, not a range");
            }
        }
        if (new HashSet<>(scenarios).size() != scenarios.size()) {
            throw new IllegalArgumentException("a scenario is named twice in scenarios");
        }
    }
}
