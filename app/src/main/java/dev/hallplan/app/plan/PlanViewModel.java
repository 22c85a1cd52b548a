package dev.hallplan.app.plan;

import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.kpi.KeyFigure;
import dev.hallplan.engine.kpi.KeyFigures;
import dev.hallplan.engine.kpi.PlanKpis;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.kpi.WorkloadKpi;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The plan panel: solve the shown scenario off the UI thread, then show its key figures (the
 * engine's {@link KeyFigures}, as every other output shows them) and violations. Solving and reporting run on {@code worker}; results come back through
 * {@code uiThread} (Platform::runLater in the app, a direct call in tests).
 */
public final class PlanViewModel {
    private final PlanningService planning;
    private final Executor worker;
    private final Consumer<Runnable> uiThread;
    private final ObjectProperty<Project> project = new SimpleObjectProperty<>();
    private final ObjectProperty<Scenario> scenario = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Not planned yet: press Solve");
    private final ReadOnlyObjectWrapper<PlanReport> report = new ReadOnlyObjectWrapper<>();
    private final ObservableList<KpiRow> kpis = FXCollections.observableArrayList();
    private final ObservableList<String> violations = FXCollections.observableArrayList();

    public PlanViewModel(PlanningService planning, Executor worker, Consumer<Runnable> uiThread) {
        this.planning = planning;
        this.worker = worker;
        this.uiThread = uiThread;
    }

    public ObjectProperty<Project> projectProperty() { return project; }
    public ObjectProperty<Scenario> scenarioProperty() { return scenario; }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    /** The last computed report; null until a solve finished. */
    public ReadOnlyObjectProperty<PlanReport> reportProperty() { return report.getReadOnlyProperty(); }
    public ObservableList<KpiRow> kpis() { return kpis; }
    public ObservableList<String> violations() { return violations; }

    /** Solves the scenario for at most {@code seconds} and shows the result; ignored while a solve runs. */
    public void solve(double seconds) {
        Project p = project.get();
        Scenario s = scenario.get();
        if (running.get() || p == null || s == null) {
            return;
        }
        running.set(true);
        status.set("Solving " + s.name() + "...");
        worker.execute(() -> {
            try {
                PlanReport r = planning.solveAndReport(p, s, seconds,
                        progress -> uiThread.accept(() -> status.set(progress)));
                uiThread.accept(() -> show(r));
            } catch (RuntimeException ex) {
                uiThread.accept(() -> {
                    status.set("Solve failed: " + ex.getMessage());
                    running.set(false);
                });
            }
        });
    }

    private void show(PlanReport r) {
        report.set(r);
        PlanKpis k = r.kpis();
        List<KpiRow> rows = new ArrayList<>();
        for (KeyFigure f : KeyFigures.of(r)) {
            rows.add(new KpiRow(f.label(), f.text()));
        }
        for (WorkloadKpi w : k.workloads()) {
            rows.add(new KpiRow(w.name(), w.replicas() + " replicas · " + UnitFormat.percent(w.servedShareOfPeak()) + " of peak served"));
        }
        kpis.setAll(rows);
        violations.setAll(k.violations());
        status.set("Planned " + r.scenarioName() + ": " + k.violations().size() + " violations");
        running.set(false);
    }
}
