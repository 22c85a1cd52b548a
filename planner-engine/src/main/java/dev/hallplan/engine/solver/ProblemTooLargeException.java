package dev.hallplan.engine.solver;

/**
 * A scenario the solver refuses to build: it would not fit in memory, or building it alone used up
 * the time limit. The message says the size, the limit and what to change.
 */
public final class ProblemTooLargeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ProblemTooLargeException(String message) {
        super(message);
    }
}
