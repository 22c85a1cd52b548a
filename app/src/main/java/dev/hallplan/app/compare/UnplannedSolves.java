package dev.hallplan.app.compare;

import dev.hallplan.app.plan.PlanningService;
import dev.hallplan.app.plan.ProgressFeed;
import dev.hallplan.app.workspace.BackgroundTasks;
import dev.hallplan.app.workspace.ProjectEdits;
import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.app.workspace.ScenarioReports;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.solver.SolveProgress;
import dev.hallplan.engine.usecase.PlannedScenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * Solves the compared scenarios that have no plan yet, one after the other, each a short solve on
 * the solver's threads (set up on the worker), with progress and Stop. Each plan is kept in the
 * project as the Plan tab keeps one (an undoable "Solve for comparison" edit), so the comparison
 * that follows reads the same reports every other view does.
 */
public final class UnplannedSolves {
    private final ProjectViewModel document;
    private final ScenarioReports reports;
    private final PlanningService planning;
    private final BackgroundTasks tasks;
    private final IntegerProperty seconds = new SimpleIntegerProperty(10);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ProgressFeed feed;
    private volatile PlanningService.Run run;
    private volatile boolean stopRequested;
    private String solving = "";

    public UnplannedSolves(ProjectViewModel document, ScenarioReports reports, PlanningService planning, BackgroundTasks tasks) {
        this.document = document;
        this.reports = reports;
        this.planning = planning;
        this.tasks = tasks;
        this.feed = new ProgressFeed(tasks::onUiThread, this::progressed);
    }

    /** Time limit of each solve, seconds (1 or more). */
    public IntegerProperty secondsProperty() { return seconds; }
    /** True while solves run. */
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    /** The running solve's share of its time limit (0..1), -1 while it is set up. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    /** What is being solved, or how the last solves ended. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /**
     * Solves {@code names} (scenarios of the open project without a plan), in order. Completes on
     * the UI thread with how many plans were kept; ignored (0) while solves run.
     */
    public CompletableFuture<Integer> solve(List<String> names) {
        Project p = document.projectProperty().get();
        if (running.get() || p == null || names.isEmpty()) {
            return CompletableFuture.completedFuture(0);
        }
        running.set(true);
        stopRequested = false;
        return next(new ArrayList<>(names), 0, names.size());
    }

    /** Stops the running solve (its best plan so far is kept) and the ones after it. */
    public void stop() {
        stopRequested = true;
        PlanningService.Run r = run;
        if (r != null) {
            r.stop();
        }
    }

    private CompletableFuture<Integer> next(List<String> left, int kept, int total) {
        Project p = document.projectProperty().get();
        Scenario s = left.isEmpty() || p == null ? null : p.scenario(left.get(0)).orElse(null);
        if (s == null || stopRequested) {
            finish(kept, total, null);
            return CompletableFuture.completedFuture(kept);
        }
        left.remove(0);
        solving = s.name() + " (" + (total - left.size()) + " of " + total + ")";
        status.set("Setting up the solve of " + solving + "…");
        progress.set(-1);
        double limit = Math.max(1, seconds.get());
        return tasks.run("Setting up the solve of " + s.name(), () -> planning.start(p, s, limit, feed::offer))
                .thenCompose(started -> {
                    run = started;
                    if (stopRequested) {
                        started.stop();
                    }
                    return tasks.track("Solving " + s.name() + " for the comparison", started.result());
                })
                .handle((planned, failure) -> keep(s, planned, failure))
                .thenCompose(ok -> {
                    if (ok == null) {
                        finish(kept, total, "the solve of " + s.name() + " failed");
                        return CompletableFuture.completedFuture(kept);
                    }
                    return next(left, kept + (ok ? 1 : 0), total);
                });
    }

    /** True when the plan was kept, false when the scenario changed meanwhile, null on failure. */
    private Boolean keep(Scenario solved, PlannedScenario planned, Throwable failure) {
        run = null;
        if (failure != null) {
            status.set("Solve of " + solved.name() + " failed: " + BackgroundTasks.messageOf(failure));
            return null;
        }
        reports.remember(planned.scenario(), planned.year());
        try {
            document.apply(ProjectEdits.replaceScenario("Solve " + solved.name() + " for comparison", solved, planned.scenario()));
            return true;
        } catch (IllegalArgumentException | IllegalStateException changed) {
            return false;
        }
    }

    private void finish(int kept, int total, String failure) {
        run = null;
        running.set(false);
        progress.set(0);
        if (failure == null) {
            status.set(kept + " of " + total + " solved" + (stopRequested ? " (stopped: the best plan so far is kept)" : ""));
        }
    }

    private void progressed(List<SolveProgress> batch) {
        if (!running.get() || batch.isEmpty()) {
            return;
        }
        SolveProgress last = batch.get(batch.size() - 1);
        progress.set(Double.isNaN(last.timeFraction()) ? -1 : last.timeFraction());
        status.set(String.format(Locale.ROOT, "Solving %s: %.1f s · %s · %.0f%% of peak demand served", solving,
                last.elapsedSeconds(), last.feasible() ? "feasible" : "infeasible", 100 * last.demandServedShare()));
    }
}
