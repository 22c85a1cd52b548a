package dev.hallplan.app.plan;

import dev.hallplan.app.workspace.BackgroundTasks;
import dev.hallplan.app.workspace.ItemRef;
import dev.hallplan.app.workspace.ProjectEdits;
import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.app.workspace.ScenarioReports;
import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.solver.SolveProgress;
import dev.hallplan.engine.usecase.PlannedScenario;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The plan panel: solves the selected scenario off the UI thread with live progress (elapsed
 * time, best score, served share, score over time), stops it on request with the best plan so
 * far, and keeps the plan in the project as one undoable edit "Solve". Shows the plan's key
 * figures and violations from {@link ScenarioReports}; selecting a violation selects what it names.
 */
public final class PlanViewModel {
    /** Default time limit of a solve, seconds. */
    public static final double DEFAULT_SECONDS = 30;
    static final int MAX_POINTS = 400;
    private final ProjectViewModel document;
    private final ScenarioReports reports;
    private final PlanningService planning;
    private final BackgroundTasks tasks;
    private final ProgressFeed feed;
    private final DoubleProperty timeLimitSeconds = new SimpleDoubleProperty(DEFAULT_SECONDS);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ObservableList<ScorePoint> scoreHistory = FXCollections.observableArrayList();
    private final ObservableList<KpiRow> kpis = FXCollections.observableArrayList();
    private final ObservableList<String> violations = FXCollections.observableArrayList();
    private volatile PlanningService.Run run;
    private volatile boolean stopRequested;
    private String solving;

    public PlanViewModel(ProjectViewModel document, ScenarioReports reports, PlanningService planning, BackgroundTasks tasks) {
        this.document = document;
        this.reports = reports;
        this.planning = planning;
        this.tasks = tasks;
        this.feed = new ProgressFeed(tasks::onUiThread, this::progressed);
        reports.reportProperty().addListener(o -> showReport());
        reports.computingProperty().addListener(o -> refreshStatus());
        reports.failureProperty().addListener(o -> refreshStatus());
        document.scenarioProperty().addListener(o -> refreshStatus());
        showReport();
    }

    /** Time limit of the next solve, seconds. */
    public DoubleProperty timeLimitSecondsProperty() { return timeLimitSeconds; }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    /** One line: what the panel shows or what the solve is doing. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    /** During and after a solve: "12.3 s · best 0hard/0medium/-4100soft · feasible · 100% of peak demand served". */
    public ReadOnlyStringProperty progressTextProperty() { return progressText.getReadOnlyProperty(); }
    /** Every new best plan of the running (or last) solve, oldest first; thinned to at most {@value #MAX_POINTS}. */
    public ObservableList<ScorePoint> scoreHistory() { return scoreHistory; }
    public ObservableList<KpiRow> kpis() { return kpis; }
    public ObservableList<String> violations() { return violations; }
    /** The selected scenario's plan report; null without a plan. */
    public ReadOnlyObjectProperty<PlanReport> reportProperty() { return reports.reportProperty(); }

    /**
     * Solves the selected scenario; ignored while a solve runs. Completes (on the UI thread) with
     * true when the plan was kept in the project.
     */
    public CompletableFuture<Boolean> solve() {
        Project p = document.projectProperty().get();
        Scenario s = document.scenarioProperty().get();
        if (running.get() || p == null || s == null) {
            return CompletableFuture.completedFuture(false);
        }
        double seconds = Math.max(1, timeLimitSeconds.get());
        running.set(true);
        stopRequested = false;
        solving = s.name();
        scoreHistory.clear();
        progressText.set("Setting up…");
        refreshStatus();
        return tasks.run("Setting up the solve of " + s.name(), () -> planning.start(p, s, seconds, feed::offer))
                .thenCompose(started -> {
                    run = started;
                    if (stopRequested) {
                        started.stop();
                    }
                    return tasks.track("Solving " + s.name(), started.result());
                }).handle((planned, failure) -> finish(s, planned, failure));
    }

    /** Ends the running solve; its best plan so far is kept. */
    public void stop() {
        stopRequested = true;
        PlanningService.Run r = run;
        if (r != null) {
            r.stop();
        }
    }

    /** Selects, in every view, the rack, row, hall or workload that {@code violation} names. */
    public void selectViolation(String violation) {
        Scenario s = document.scenarioProperty().get();
        if (s == null || violation == null) {
            return;
        }
        List<ItemRef> named = ViolationSubjects.of(s, violation);
        if (!named.isEmpty()) {
            document.selectItems(named);
        }
    }

    private boolean finish(Scenario solved, PlannedScenario planned, Throwable failure) {
        run = null;
        solving = null;
        running.set(false);
        if (failure != null) {
            progressText.set("");
            status.set("Solve failed: " + BackgroundTasks.messageOf(failure));
            return false;
        }
        reports.remember(planned.scenario(), planned.year());
        try {
            document.apply(ProjectEdits.replaceScenario("Solve", solved, planned.scenario()));
        } catch (IllegalArgumentException | IllegalStateException changed) {
            status.set(solved.name() + " changed while it was solved: the plan was not kept; solve again");
            return false;
        }
        refreshStatus();
        return true;
    }

    private void progressed(List<SolveProgress> batch) {
        if (!running.get()) {
            return;
        }
        for (SolveProgress p : batch) {
            long soft = ScoreLevels.parse(p.score()).map(ScoreLevels::soft).orElse(0L);
            scoreHistory.add(new ScorePoint(p.elapsedSeconds(), p.score(), soft, p.feasible(), p.demandServedShare()));
        }
        if (scoreHistory.size() > MAX_POINTS) {
            List<ScorePoint> thinned = new java.util.ArrayList<>();
            for (int i = 0; i < scoreHistory.size(); i++) {
                if (i % 2 == 0 || i == scoreHistory.size() - 1) {
                    thinned.add(scoreHistory.get(i));
                }
            }
            scoreHistory.setAll(thinned);
        }
        SolveProgress last = batch.get(batch.size() - 1);
        progressText.set(String.format("%.1f s · best %s · %s · %s of peak demand served", last.elapsedSeconds(),
                last.score(), last.feasible() ? "feasible" : "not feasible yet", UnitFormat.percent(last.demandServedShare())));
        refreshStatus();
    }

    private void showReport() {
        PlanReport r = reports.reportProperty().get();
        if (r == null) {
            kpis.clear();
            violations.clear();
        } else {
            kpis.setAll(KpiRows.of(r));
            violations.setAll(r.kpis().violations());
        }
        refreshStatus();
    }

    private void refreshStatus() {
        Scenario s = document.scenarioProperty().get();
        PlanReport r = reports.reportProperty().get();
        if (running.get()) {
            status.set("Solving " + solving + " (Esc stops with the best plan so far)");
        } else if (s == null) {
            status.set("No project open");
        } else if (s.plan() == null) {
            status.set("Scenario " + s.name() + " has no plan yet: press Solve (F5)");
        } else if (reports.computingProperty().get()) {
            status.set("Reporting on the plan of " + s.name() + "…");
        } else if (!reports.failureProperty().get().isEmpty()) {
            status.set("Could not report on the plan: " + reports.failureProperty().get());
        } else if (r != null) {
            status.set("Plan of " + s.name() + ": " + s.plan().replicas().size() + " replicas · "
                    + r.kpis().violations().size() + " violations");
        }
    }
}
