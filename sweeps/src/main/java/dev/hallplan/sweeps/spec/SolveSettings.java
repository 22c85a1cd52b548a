package dev.hallplan.sweeps.spec;

import dev.hallplan.engine.solver.SolveOptions;
import java.io.Serializable;

/**
 * The solve of every point. With a step limit and no time limit every point is repeatable
 * (same project, same seed, same plan on any machine); a time limit ends at a machine-dependent
 * step.
 *
 * @param seconds  wall-time limit per point in seconds; 0: none
 * @param steps    local-search step limit per point; 0: none
 * @param seed     the solver's random seed
 */
public record SolveSettings(double seconds, int steps, long seed) implements Serializable {
    private static final long serialVersionUID = 1L;

    public SolveSettings {
        if (!(seconds >= 0) || Double.isInfinite(seconds) || steps < 0) {
            throw new IllegalArgumentException("solve: seconds and steps must not be negative");
        }
        if (seconds == 0 && steps == 0) {
            throw new IllegalArgumentException("solve: give seconds or steps (or both) so each point stops");
        }
    }

    /** The engine's options: reproducible mode with the seed; a time limit also stops after a fifth of it without improvement, as {@code solve --seconds} does. */
    public SolveOptions options() {
        return new SolveOptions(seconds, seconds / 5, steps, true, seed);
    }
}
