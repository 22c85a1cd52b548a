package dev.hallplan.engine.solver;

/**
 * The time limits of one running solve: the deadline (counted from the request, see {@link Deadline})
 * and the time allowed without a new best plan (0: none). Read by {@link PlannerService}'s timer.
 */
final class SolveClock {
    private final Deadline deadline;
    private final long unimprovedNanos;
    private volatile long lastImprovedNanos = System.nanoTime();

    SolveClock(Deadline deadline, double unimprovedSeconds) {
        this.deadline = deadline;
        this.unimprovedNanos = unimprovedSeconds > 0 ? (long) Math.min(Long.MAX_VALUE / 2.0, unimprovedSeconds * 1e9) : 0;
    }

    /** A new best plan was found. */
    void improved() {
        lastImprovedNanos = System.nanoTime();
    }

    boolean timeIsUp() {
        return deadline.passed() || (unimprovedNanos > 0 && System.nanoTime() - lastImprovedNanos > unimprovedNanos);
    }
}
