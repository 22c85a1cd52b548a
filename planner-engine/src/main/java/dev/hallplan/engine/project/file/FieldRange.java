package dev.hallplan.engine.project.file;

import java.util.Objects;

/**
 * The documented range of one numeric field of the project file. Outside {@code min..max} a value
 * is physically absurd (or beyond what HallPlan can compute with) and the project is refused;
 * outside {@code typicalMin..typicalMax} it is possible but unusual, and validation warns with the
 * field's path. The ranges and their sources are listed in docs/reliability.md.
 *
 * @param owner        the record declaring the field, e.g. {@code PowerFeeds.class}
 * @param field        the record component, e.g. {@code "feedCapacityWatts"}
 * @param min          smallest allowed value
 * @param minExclusive true when the value must lie above {@code min} rather than at or above
 * @param max          largest allowed value
 * @param typicalMin   smallest typical value (at least {@code min})
 * @param typicalMax   largest typical value (at most {@code max})
 * @param unit         the unit for messages, e.g. "W"; empty for plain numbers
 * @param why          why the limits are where they are, in a few words, for messages and docs
 */
public record FieldRange(Class<? extends Record> owner, String field, double min, boolean minExclusive, double max,
        double typicalMin, double typicalMax, String unit, String why) {

    public FieldRange {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(why, "why");
        if (!(min <= typicalMin && typicalMin <= typicalMax && typicalMax <= max)) {
            throw new IllegalArgumentException(owner.getSimpleName() + "." + field + ": need min <= typical <= max");
        }
    }

    /** True when {@code v} lies within {@code min..max}. */
    public boolean allows(double v) {
        return (minExclusive ? v > min : v >= min) && v <= max;
    }

    /** True when {@code v} lies within the typical range. */
    public boolean isTypical(double v) {
        return v >= typicalMin && v <= typicalMax;
    }

    /** The problem with {@code v} at {@code path}, or null when it is allowed and typical. */
    ProjectProblem check(double v, String path) {
        if (!allows(v)) {
            String bound = v > max ? "above the largest plausible " + Numbers.text(max, unit)
                    : (minExclusive ? "not above " : "below ") + Numbers.text(min, unit);
            return new ProjectProblem(path, Numbers.text(v, unit) + " is " + bound + " (" + why + ")");
        }
        if (!isTypical(v)) {
            return ProjectProblem.warning(path, Numbers.text(v, unit) + " is outside the typical "
                    + Numbers.text(typicalMin, "") + ".." + Numbers.text(typicalMax, unit) + " (" + why + ")");
        }
        return null;
    }
}
