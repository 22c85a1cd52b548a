package dev.hallplan.engine.solver;

/**
 * When a solve must end, counted from the moment {@link PlannerService#start} was called, so that
 * building the problem and the warm start spend the same time budget as local search.
 */
final class Deadline {
    static final Deadline NONE = new Deadline(0, Long.MAX_VALUE);

    private final double limitSeconds;
    private final long endNanos;

    private Deadline(double limitSeconds, long endNanos) {
        this.limitSeconds = limitSeconds;
        this.endNanos = endNanos;
    }

    /** {@code limitSeconds} from {@code startNanos} ({@link System#nanoTime()}); no deadline for a limit of 0. */
    static Deadline of(double limitSeconds, long startNanos) {
        if (limitSeconds <= 0) {
            return NONE;
        }
        long nanos = (long) Math.min(Long.MAX_VALUE / 2.0, limitSeconds * 1e9);
        return new Deadline(limitSeconds, startNanos + nanos);
    }

    boolean passed() {
        return this != NONE && System.nanoTime() - endNanos > 0;
    }

    /** Seconds left, at least 0; {@link Double#POSITIVE_INFINITY} without a deadline. */
    double remainingSeconds() {
        return this == NONE ? Double.POSITIVE_INFINITY : Math.max(0, (endNanos - System.nanoTime()) / 1e9);
    }

    /** Throws {@link ProblemTooLargeException} when the deadline has passed while building; {@code progress} says how far it got. */
    void checkWhileBuilding(String progress) {
        if (passed()) {
            throw new ProblemTooLargeException("the " + Numbers.seconds(limitSeconds) + " time limit ran out while building the problem ("
                    + progress + "); give the solve more time, or fewer workloads or server models per scenario");
        }
    }

    /** Seconds in messages: whole numbers without a fraction. */
    private static final class Numbers {
        static String seconds(double s) {
            return (s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s)) + " s";
        }
    }
}
