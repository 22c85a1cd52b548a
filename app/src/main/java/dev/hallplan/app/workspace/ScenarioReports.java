package dev.hallplan.app.workspace;

import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The engine's report on the selected scenario's plan, for every view that shows plan figures
 * (plan panel, floor, status bar, and the dashboard to come). Reports are built off the UI thread
 * and kept per scenario record (by identity: an edited scenario is a new record, so a kept report
 * never goes stale); undo and redo find them again at once.
 */
public final class ScenarioReports {
    private static final int KEPT = 12;
    private final ProjectViewModel project;
    private final BackgroundTasks tasks;
    private final BiFunction<Project, Scenario, PlanReport> reporter;
    private final IdentityCache<Scenario, PlanReport> kept = new IdentityCache<>(KEPT);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PlanReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper();
    private long generation;

    /** @param reporter builds the report on a planned scenario (the engine's use case); called on the worker */
    public ScenarioReports(ProjectViewModel project, BackgroundTasks tasks, BiFunction<Project, Scenario, PlanReport> reporter) {
        this.project = project;
        this.tasks = tasks;
        this.reporter = reporter;
        project.scenarioProperty().addListener(o -> follow());
    }

    /** The report on the selected scenario's plan; null when it has no plan or while it is computed. */
    public ReadOnlyObjectProperty<PlanReport> reportProperty() { return report.getReadOnlyProperty(); }
    /** True while the selected scenario's report is being built. */
    public ReadOnlyBooleanProperty computingProperty() { return computing.getReadOnlyProperty(); }
    /** Why the selected scenario's report could not be built; empty when it could. */
    public ReadOnlyStringProperty failureProperty() { return failure.getReadOnlyProperty(); }

    /** Keeps {@code planned}'s report (e.g. the one a solve just built) so that it is not built again. */
    public void remember(Scenario planned, PlanReport planReport) {
        kept.put(planned, planReport);
        if (project.scenarioProperty().get() == planned) {
            follow();
        }
    }

    /** The report on {@code scenario} of {@code in}, kept or built on the worker; completes on the UI thread. */
    public CompletableFuture<PlanReport> reportOf(Project in, Scenario scenario) {
        PlanReport known = kept.get(scenario);
        if (known != null) {
            return CompletableFuture.completedFuture(known);
        }
        return tasks.run("Reporting on " + scenario.name(), () -> reporter.apply(in, scenario)).thenApply(r -> {
            kept.put(scenario, r);
            return r;
        });
    }

    private void follow() {
        long mine = ++generation;
        failure.set("");
        Scenario s = project.scenarioProperty().get();
        if (s == null || s.plan() == null) {
            computing.set(false);
            report.set(null);
            return;
        }
        PlanReport known = kept.get(s);
        if (known != null) {
            computing.set(false);
            report.set(known);
            return;
        }
        report.set(null);
        computing.set(true);
        reportOf(project.projectProperty().get(), s).whenComplete((r, error) -> {
            if (mine == generation) {
                computing.set(false);
                report.set(error == null ? r : null);
                failure.set(error == null ? "" : BackgroundTasks.messageOf(error));
            }
        });
    }
}
