package dev.hallplan.app.workspace;

import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.kpi.PlanYear;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The engine's report on the selected scenario's plan, with the hourly year of each hall it was
 * summed from ({@link PlanYear}: one run, so the energy view's hours and every view's figures
 * agree and the year is simulated once per plan, not once for the report and again for the
 * energy view), for every view that shows plan figures. Built off the UI thread and kept per
 * scenario record (by identity: an edited scenario is a new record, so a kept report never goes
 * stale); undo and redo find them again at once.
 */
public final class ScenarioReports {
    private static final int KEPT = 12;
    private final ProjectViewModel project;
    private final BackgroundTasks tasks;
    private final YearSource source;
    private final IdentityCache<Scenario, PlanYear> kept = new IdentityCache<>(KEPT);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PlanYear> year = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PlanReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper();
    private long generation;

    /** Builds the report with its hourly year on a planned scenario (the engine's use case); called on the worker. */
    private interface YearSource {
        PlanYear build(Project project, Scenario scenario);
    }

    /**
     * Reports without hours: views that need the hourly year (energy) get none. For tests of views
     * that read figures only; the desktop uses {@link #withYears}.
     *
     * @param reporter builds the report on a planned scenario; called on the worker
     */
    public ScenarioReports(ProjectViewModel project, BackgroundTasks tasks, BiFunction<Project, Scenario, PlanReport> reporter) {
        this(project, tasks, (YearSource) (p, s) -> new PlanYear(reporter.apply(p, s), List.of()));
    }

    private ScenarioReports(ProjectViewModel project, BackgroundTasks tasks, YearSource source) {
        this.project = project;
        this.tasks = tasks;
        this.source = source;
        project.scenarioProperty().addListener(o -> follow());
    }

    /** @param simulator the engine's report-with-year use case ({@code ScenarioPlanning.simulate}); called on the worker */
    public static ScenarioReports withYears(ProjectViewModel project, BackgroundTasks tasks,
                                            BiFunction<Project, Scenario, PlanYear> simulator) {
        return new ScenarioReports(project, tasks, simulator::apply);
    }

    /** The report on the selected scenario's plan with its hourly year; null when it has no plan or while it is computed. */
    public ReadOnlyObjectProperty<PlanYear> yearProperty() { return year.getReadOnlyProperty(); }
    /** The report on the selected scenario's plan; null when it has no plan or while it is computed. */
    public ReadOnlyObjectProperty<PlanReport> reportProperty() { return report.getReadOnlyProperty(); }
    /** True while the selected scenario's report is being built. */
    public ReadOnlyBooleanProperty computingProperty() { return computing.getReadOnlyProperty(); }
    /** Why the selected scenario's report could not be built; empty when it could. */
    public ReadOnlyStringProperty failureProperty() { return failure.getReadOnlyProperty(); }

    /** Keeps {@code planned}'s report and year (e.g. the ones a solve just built) so that they are not built again. */
    public void remember(Scenario planned, PlanYear planYear) {
        kept.put(planned, planYear);
        if (project.scenarioProperty().get() == planned) {
            follow();
        }
    }

    /** The report on {@code scenario} of {@code in}, kept or built on the worker; completes on the UI thread. */
    public CompletableFuture<PlanReport> reportOf(Project in, Scenario scenario) {
        return yearOf(in, scenario).thenApply(PlanYear::report);
    }

    /** The report with its hourly year on {@code scenario} of {@code in}, kept or built on the worker; completes on the UI thread. */
    public CompletableFuture<PlanYear> yearOf(Project in, Scenario scenario) {
        PlanYear known = kept.get(scenario);
        if (known != null) {
            return CompletableFuture.completedFuture(known);
        }
        return tasks.run("Reporting on " + scenario.name(), () -> source.build(in, scenario)).thenApply(y -> {
            kept.put(scenario, y);
            return y;
        });
    }

    private void follow() {
        long mine = ++generation;
        failure.set("");
        Scenario s = project.scenarioProperty().get();
        if (s == null || s.plan() == null) {
            computing.set(false);
            show(null);
            return;
        }
        PlanYear known = kept.get(s);
        if (known != null) {
            computing.set(false);
            show(known);
            return;
        }
        show(null);
        computing.set(true);
        yearOf(project.projectProperty().get(), s).whenComplete((y, error) -> {
            if (mine == generation) {
                computing.set(false);
                show(error == null ? y : null);
                failure.set(error == null ? "" : BackgroundTasks.messageOf(error));
            }
        });
    }

    private void show(PlanYear y) {
        year.set(y);
        report.set(y == null ? null : y.report());
    }
}
