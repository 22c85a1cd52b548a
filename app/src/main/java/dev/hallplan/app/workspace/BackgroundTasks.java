package dev.hallplan.app.workspace;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Runs long work (load, save, report, export) on the worker and hands the result back on the UI
 * thread; lists what is running for the status bar. Call {@link #run} on the UI thread.
 */
public final class BackgroundTasks {
    private final Executor worker;
    private final Executor uiThread;
    private final ObservableList<String> running = FXCollections.observableArrayList();
    private final ObservableList<String> runningView = FXCollections.unmodifiableObservableList(running);

    public BackgroundTasks(Executor worker, Executor uiThread) {
        this.worker = worker;
        this.uiThread = uiThread;
    }

    /** Names of the tasks running now, oldest first. */
    public ObservableList<String> running() {
        return runningView;
    }

    /** Runs a task on the UI thread (from any thread). */
    public void onUiThread(Runnable task) {
        uiThread.execute(task);
    }

    /**
     * Runs {@code work} on the worker, listed as {@code name} while it runs. The future completes
     * on the UI thread, with the result or the failure of {@code work}.
     */
    public <T> CompletableFuture<T> run(String name, Callable<T> work) {
        CompletableFuture<T> done = new CompletableFuture<>();
        running.add(name);
        worker.execute(() -> {
            T value;
            try {
                value = work.call();
            } catch (Throwable failure) {
                uiThread.execute(() -> {
                    running.remove(name);
                    done.completeExceptionally(failure);
                });
                return;
            }
            uiThread.execute(() -> {
                running.remove(name);
                done.complete(value);
            });
        });
        return done;
    }

    /**
     * Lists {@code name} as running until {@code work} (running elsewhere, e.g. on the solver's
     * threads) completes; the returned future completes the same way, on the UI thread.
     */
    public <T> CompletableFuture<T> track(String name, CompletableFuture<T> work) {
        CompletableFuture<T> done = new CompletableFuture<>();
        running.add(name);
        work.whenComplete((value, failure) -> uiThread.execute(() -> {
            running.remove(name);
            if (failure == null) {
                done.complete(value);
            } else {
                done.completeExceptionally(failure);
            }
        }));
        return done;
    }

    /** The message of {@code failure} for people, unwrapping completion wrappers. */
    public static String messageOf(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof java.util.concurrent.CompletionException || t instanceof java.util.concurrent.ExecutionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
