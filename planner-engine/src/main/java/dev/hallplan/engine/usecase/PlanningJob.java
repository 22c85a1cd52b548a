package dev.hallplan.engine.usecase;

import dev.hallplan.engine.solver.SolveJob;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** A running "solve, then report": stop it early (the best plan so far is reported) or wait for it. */
public final class PlanningJob {
    private final SolveJob solve;
    private final CompletableFuture<PlannedScenario> result;

    PlanningJob(SolveJob solve, CompletableFuture<PlannedScenario> result) {
        this.solve = solve;
        this.result = result;
    }

    /** Asks the solver to stop; the result then holds the best plan found so far and its report. */
    public void stop() {
        solve.stop();
    }

    /** Completes with the planned scenario, or exceptionally when solving or reporting failed. */
    public CompletableFuture<PlannedScenario> result() {
        return result;
    }

    /** Blocks until the plan and its report are ready; rethrows a failure as unchecked. */
    public PlannedScenario await() {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the plan", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        }
    }
}
