package dev.hallplan.app.plan;

import dev.hallplan.engine.solver.SolveProgress;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Carries solver progress from the solving thread to the UI thread without flooding it: events
 * queue up, and at most one hand-off is pending at a time, which takes every event queued so far.
 */
public final class ProgressFeed {
    private final Queue<SolveProgress> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean posted = new AtomicBoolean();
    private final Executor uiThread;
    private final Consumer<List<SolveProgress>> sink;

    /** @param sink takes, on {@code uiThread}, every event queued since the last hand-off */
    public ProgressFeed(Executor uiThread, Consumer<List<SolveProgress>> sink) {
        this.uiThread = uiThread;
        this.sink = sink;
    }

    /** Called on the solving thread for each new best plan. */
    public void offer(SolveProgress progress) {
        pending.add(progress);
        if (posted.compareAndSet(false, true)) {
            uiThread.execute(this::drain);
        }
    }

    private void drain() {
        posted.set(false);
        List<SolveProgress> batch = new ArrayList<>();
        for (SolveProgress p = pending.poll(); p != null; p = pending.poll()) {
            batch.add(p);
        }
        if (!batch.isEmpty()) {
            sink.accept(batch);
        }
    }
}
