package dev.hallplan.sweeps.spec;

import java.io.Serializable;

/**
 * How the points are chosen: every combination of the levels ({@link Method#GRID}), or
 * {@code points} points of a Latin hypercube drawn with {@code seed}.
 *
 * @param points  LATIN_HYPERCUBE only: number of points (1 or more); 0 for a grid
 * @param seed    LATIN_HYPERCUBE only: seed of the draw (same seed, same points)
 */
public record Sampling(Method method, int points, long seed) implements Serializable {
    private static final long serialVersionUID = 1L;

    public enum Method {
        GRID, LATIN_HYPERCUBE
    }

    public Sampling {
        if (method == null) {
            throw new IllegalArgumentException("sampling needs a method");
        }
        if (method == Method.LATIN_HYPERCUBE && points < 1) {
            throw new IllegalArgumentException("a Latin hypercube needs 1 or more points, was " + points);
        }
        if (method == Method.GRID && points != 0) {
            throw new IllegalArgumentException("a grid takes every combination; do not give a number of points");
        }
    }

    public static Sampling grid() {
        return new Sampling(Method.GRID, 0, 0);
    }
}
