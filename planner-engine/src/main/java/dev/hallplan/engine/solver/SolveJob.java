package dev.hallplan.engine.solver;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** A running solve: stop it early or wait for its result. */
public final class SolveJob {
    private final CompletableFuture<SolveResult> result;
    private final Runnable stopper;

    SolveJob(CompletableFuture<SolveResult> result, Runnable stopper) {
        this.result = result;
        this.stopper = stopper;
    }

    /** Ask the solver to stop; the result then holds the best plan found so far. */
    public void stop() {
        stopper.run();
    }

    /** Completes with the result, or exceptionally when the solve failed. */
    public CompletableFuture<SolveResult> result() {
        return result;
    }

    /** Blocks until the solve ends; rethrows a failure as unchecked. */
    public SolveResult await() {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the solver", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        }
    }
}
