package dev.hallplan.app.energy;

import dev.hallplan.app.plan.KpiRow;
import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.app.workspace.ScenarioReports;
import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.energy.SimulationResult;
import dev.hallplan.engine.kpi.Figure;
import dev.hallplan.engine.kpi.KeyFigure;
import dev.hallplan.engine.kpi.KeyFigures;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.kpi.PlanYear;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.Scenario;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The energy view's year: the selected scenario's report with the hourly simulation of each hall
 * ({@link PlanYear}), exactly as {@link ScenarioReports} holds it for every view, so the year is
 * simulated once per plan (with the report) and follows every solve, open, edit, undo and redo.
 * Shows the selected hall's hours and the scenario's annual figures.
 */
public final class EnergyViewModel {
    /** What the heat map shows. */
    public enum HeatMap { GRID_IMPORT, RENEWABLE_SHARE }

    /** The energy figures of the report shown under the charts, in {@link Figure} order. */
    static final Set<Figure> ANNUAL = EnumSet.of(Figure.ANNUAL_IT_ENERGY, Figure.ANNUAL_FACILITY_ENERGY,
            Figure.ANNUAL_GRID_ENERGY, Figure.ANNUAL_PUE, Figure.GRID_IMPORT_PEAK, Figure.RENEWABLE_SHARE,
            Figure.CARBON_FREE_SHARE, Figure.ANNUAL_EMISSIONS);
    private final ProjectViewModel document;
    private final ScenarioReports reports;
    private final ReadOnlyObjectWrapper<SimulationResult> hallYear = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObjectProperty<HeatMap> heatMap = new SimpleObjectProperty<>(HeatMap.GRID_IMPORT);
    private final IntegerProperty month = new SimpleIntegerProperty(7);
    private final ObservableList<KpiRow> figures = FXCollections.observableArrayList();
    private final ObservableList<KpiRow> figuresView = FXCollections.unmodifiableObservableList(figures);

    public EnergyViewModel(ProjectViewModel document, ScenarioReports reports) {
        this.document = document;
        this.reports = reports;
        reports.yearProperty().addListener(o -> show());
        reports.computingProperty().addListener(o -> showStatus());
        reports.failureProperty().addListener(o -> showStatus());
        document.scenarioProperty().addListener(o -> showStatus());
        document.hallProperty().addListener(o -> showHall());
        show();
    }

    /** The year shown (report and hourly halls); null while it is simulated or when the scenario has no plan. */
    public ReadOnlyObjectProperty<PlanYear> yearProperty() { return reports.yearProperty(); }
    /** The selected hall's hours in the year shown; null when there are none. */
    public ReadOnlyObjectProperty<SimulationResult> hallYearProperty() { return hallYear.getReadOnlyProperty(); }
    /** True while the year is being simulated. */
    public ReadOnlyBooleanProperty simulatingProperty() { return reports.computingProperty(); }
    /** What the view says above the charts: running, no plan, a failure; empty when the year is shown. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ObjectProperty<HeatMap> heatMapProperty() { return heatMap; }
    /** The month of the typical-day chart, 1 = January. */
    public IntegerProperty monthProperty() { return month; }
    /** The scenario's annual energy figures (the report's, plus curtailment and energy cost). */
    public ObservableList<KpiRow> figures() { return figuresView; }

    private void show() {
        PlanYear y = reports.yearProperty().get();
        figures.setAll(y == null ? List.of() : annualFigures(y.report()));
        showHall();
        showStatus();
    }

    private void showStatus() {
        Scenario s = document.scenarioProperty().get();
        if (!reports.failureProperty().get().isEmpty()) {
            status.set("The simulation failed: " + reports.failureProperty().get());
        } else if (reports.computingProperty().get()) {
            status.set("Simulating the year of " + (s == null ? "the scenario" : s.name()) + "…");
        } else if (s != null && s.plan() == null) {
            status.set("No plan yet: solve the scenario (Plan tab); the year is simulated with every plan.");
        } else {
            status.set("");
        }
    }

    private void showHall() {
        PlanYear y = reports.yearProperty().get();
        Hall h = document.hallProperty().get();
        hallYear.set(y == null || h == null ? null : y.hall(h.id()).map(hy -> hy.result()).orElse(null));
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
