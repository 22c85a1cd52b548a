package dev.hallplan.engine.solver;

/**
 * When a solve stops and whether it is repeatable. At least one limit must be set.
 *
 * @param secondsLimit             stop after this wall time; 0: no time limit
 * @param unimprovedSecondsLimit   stop once the best score has not improved for this long; 0: none
 * @param localSearchStepLimit     stop local search after this many steps, or after
 *                                 {@value #EVALUATIONS_PER_STEP} move evaluations per step in all,
 *                                 whichever comes first (both deterministic, for tests); 0: none
 * @param reproducible             true: same input and seed give the same plan (with a step limit;
 *                                 time limits end at a machine-dependent step)
 * @param randomSeed               seed of the solver's random choices
 */
public record SolveOptions(double secondsLimit, double unimprovedSecondsLimit, int localSearchStepLimit,
        boolean reproducible, long randomSeed) {

    public SolveOptions {
        if (!(secondsLimit >= 0) || !(unimprovedSecondsLimit >= 0) || localSearchStepLimit < 0) {
            throw new IllegalArgumentException("solve limits must not be negative");
        }
        if (secondsLimit == 0 && unimprovedSecondsLimit == 0 && localSearchStepLimit == 0) {
            throw new IllegalArgumentException("a solve needs a time, unimproved-time or step limit");
        }
    }

    /** Stop after {@code seconds} or after a fifth of that without improvement, whichever is first. */
    public static SolveOptions seconds(double seconds) {
        return new SolveOptions(seconds, seconds / 5, 0, false, 0);
    }

    /**
     * Deterministic: construction plus {@code steps} local-search steps, fixed seed. A local-search
     * step ends only when a move is accepted, so in a plan where no move is acceptable it would never
     * end (found by the fuzz corpus of issue 15): the evaluation budget ({@value #EVALUATIONS_PER_STEP}
     * per step) ends such a solve, deterministically, and a time limit of {@value #STEP_SAFETY_SECONDS} s
     * stays as a last resort. Neither binds in a normal solve.
     */
    public static SolveOptions reproducibleSteps(int steps) {
        return new SolveOptions(STEP_SAFETY_SECONDS, 0, steps, true, 0);
    }

    /** Move evaluations a step-limited solve may spend per step, in all (a step usually needs a handful). */
    public static final int EVALUATIONS_PER_STEP = 2_000;

    /** The time limit of {@link #reproducibleSteps}. */
    public static final double STEP_SAFETY_SECONDS = 600;
}
