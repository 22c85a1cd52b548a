package dev.hallplan.app.energy;

import dev.hallplan.app.plan.KpiRow;
import dev.hallplan.app.workspace.BackgroundTasks;
import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.energy.SimulationResult;
import dev.hallplan.engine.kpi.Figure;
import dev.hallplan.engine.kpi.KeyFigure;
import dev.hallplan.engine.kpi.KeyFigures;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.kpi.PlanYear;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.Plan;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The energy view's year: the engine's report with the hourly simulation of each hall
 * ({@link PlanYear}, one run, so hours and annual figures agree), run on the worker
 * automatically when the selected scenario gets a new plan (a solve, an open) and on demand after
 * supply edits. Shows the selected hall's hours and the scenario's annual figures.
 */
public final class EnergyViewModel {
    /** What the heat map shows. */
    public enum HeatMap { GRID_IMPORT, RENEWABLE_SHARE }

    /** The energy figures of the report shown under the charts, in {@link Figure} order. */
    static final Set<Figure> ANNUAL = EnumSet.of(Figure.ANNUAL_IT_ENERGY, Figure.ANNUAL_FACILITY_ENERGY,
            Figure.ANNUAL_GRID_ENERGY, Figure.ANNUAL_PUE, Figure.GRID_IMPORT_PEAK, Figure.RENEWABLE_SHARE,
            Figure.CARBON_FREE_SHARE, Figure.ANNUAL_EMISSIONS);
    private static final int KEPT = 6;
    private final ProjectViewModel document;
    private final BackgroundTasks tasks;
    private final BiFunction<Project, Scenario, PlanYear> simulator;
    private final Map<Scenario, PlanYear> kept = new IdentityHashMap<>();
    private final List<Scenario> keptOrder = new ArrayList<>();
    private final ReadOnlyObjectWrapper<PlanYear> year = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SimulationResult> hallYear = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper simulating = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObjectProperty<HeatMap> heatMap = new SimpleObjectProperty<>(HeatMap.GRID_IMPORT);
    private final IntegerProperty month = new SimpleIntegerProperty(7);
    private final ObservableList<KpiRow> figures = FXCollections.observableArrayList();
    private final ObservableList<KpiRow> figuresView = FXCollections.unmodifiableObservableList(figures);
    private Scenario simulated;
    private boolean active;
    private long generation;

    /** @param simulator the engine's report-with-year use case; called on the worker */
    public EnergyViewModel(ProjectViewModel document, BackgroundTasks tasks, BiFunction<Project, Scenario, PlanYear> simulator) {
        this.document = document;
        this.tasks = tasks;
        this.simulator = simulator;
        document.scenarioProperty().addListener(o -> follow());
        document.hallProperty().addListener(o -> showHall());
    }

    /**
     * Starts following the selected scenario (simulating it when it has a new plan); called when
     * the energy view is first shown, so that a session that never looks at it never pays for it.
     */
    public void activate() {
        if (!active) {
            active = true;
            follow();
        }
    }

    /** The year shown (report and hourly halls); null before the first simulation of the scenario. */
    public ReadOnlyObjectProperty<PlanYear> yearProperty() { return year.getReadOnlyProperty(); }
    /** The selected hall's hours in the year shown; null when there are none. */
    public ReadOnlyObjectProperty<SimulationResult> hallYearProperty() { return hallYear.getReadOnlyProperty(); }
    /** True when the scenario was edited (e.g. its supply) since the year shown was simulated. */
    public ReadOnlyBooleanProperty staleProperty() { return stale.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty simulatingProperty() { return simulating.getReadOnlyProperty(); }
    /** What the view says above the charts: running, stale, no plan, a failure; empty when the year is current. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ObjectProperty<HeatMap> heatMapProperty() { return heatMap; }
    /** The month of the typical-day chart, 1 = January. */
    public IntegerProperty monthProperty() { return month; }
    /** The scenario's annual energy figures (the report's, plus curtailment and energy cost summed from its months). */
    public ObservableList<KpiRow> figures() { return figuresView; }

    /** Simulates the selected scenario's year on the worker; completes (on the UI thread) with false when it cannot. */
    public CompletableFuture<Boolean> simulate() {
        Project p = document.projectProperty().get();
        Scenario s = document.scenarioProperty().get();
        if (p == null || s == null || s.plan() == null) {
            status.set("No plan yet: solve the scenario (Plan tab); the year is simulated after every solve.");
            return CompletableFuture.completedFuture(false);
        }
        long mine = ++generation;
        simulating.set(true);
        status.set("Simulating the year of " + s.name() + "…");
        return tasks.run("Simulating the year of " + s.name(), () -> simulator.apply(p, s)).handle((y, failure) -> {
            if (mine != generation) {
                return false;
            }
            simulating.set(false);
            if (failure != null) {
                status.set("The simulation failed: " + BackgroundTasks.messageOf(failure));
                return false;
            }
            keep(s, y);
            show(s, y);
            return true;
        });
    }

    private void follow() {
        if (!active) {
            return;
        }
        Scenario s = document.scenarioProperty().get();
        if (s == null) {
            generation++;
            simulating.set(false);
            show(null, null);
            status.set("");
            return;
        }
        PlanYear known = kept.get(s);
        if (known != null) {
            generation++;
            simulating.set(false);
            show(s, known);
        } else if (s.plan() != null && (simulated == null || !sameScenarioAndPlan(simulated, s.name(), s.plan()))) {
            simulate();
        } else if (s.plan() == null) {
            generation++;
            simulating.set(false);
            show(null, null);
            status.set("No plan yet: solve the scenario (Plan tab); the year is simulated after every solve.");
        } else {
            stale.set(true);
            status.set("The scenario changed since this simulation: press Simulate to see the effect.");
        }
    }

    private static boolean sameScenarioAndPlan(Scenario a, String name, Plan plan) {
        return a.name().equals(name) && a.plan() == plan;
    }

    private void show(Scenario s, PlanYear y) {
        simulated = s;
        year.set(y);
        stale.set(false);
        status.set("");
        figures.setAll(y == null ? List.of() : annualFigures(y.report()));
        showHall();
    }

    private void showHall() {
        PlanYear y = year.get();
        Hall h = document.hallProperty().get();
        hallYear.set(y == null || h == null ? null : y.hall(h.id()).map(hy -> hy.result()).orElse(null));
    }

    private void keep(Scenario s, PlanYear y) {
        kept.put(s, y);
        keptOrder.add(s);
        while (keptOrder.size() > KEPT) {
            kept.remove(keptOrder.remove(0));
        }
    }

    /** The report's energy figures, then curtailment and energy cost as the months sum them (as {@code hallplan simulate}). */
    static List<KpiRow> annualFigures(PlanReport r) {
        List<KpiRow> rows = new ArrayList<>();
        for (KeyFigure f : KeyFigures.of(r)) {
            if (ANNUAL.contains(f.figure())) {
                rows.add(new KpiRow(f.label(), f.text()));
            }
        }
        double curtailed = r.annualCurtailedJoules();
        rows.add(new KpiRow("Curtailed renewables", UnitFormat.joulesAsWattHours(curtailed)));
        rows.add(new KpiRow("Annual energy cost", UnitFormat.usd(r.annualEnergyCostUsd())));
        return rows;
    }
}
