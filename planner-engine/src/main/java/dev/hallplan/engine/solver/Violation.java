package dev.hallplan.engine.solver;

/**
 * One broken rule of a plan, for people.
 *
 * @param level        HARD (the plan cannot be built as is) or MEDIUM (demand left unserved)
 * @param constraint   the constraint name, see {@code ConstraintNames}
 * @param message      e.g. "Rack B-07: 47.2 kW > 40 kW air-cooled limit"
 */
public record Violation(Level level, String constraint, String message) {
    public enum Level {
        HARD, MEDIUM
    }
}
