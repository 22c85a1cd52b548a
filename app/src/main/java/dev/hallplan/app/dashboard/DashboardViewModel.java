package dev.hallplan.app.dashboard;

import dev.hallplan.engine.kpi.Assumption;
import dev.hallplan.engine.kpi.KeyFigure;
import dev.hallplan.engine.kpi.KeyFigures;
import dev.hallplan.engine.kpi.PlanReport;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The dashboard: the selected scenario's headline key figures ({@link KeyFigures#headline}, the
 * PDF's tiles) as tiles, each with a tooltip saying how it is computed and which of the report's
 * assumptions it reads. Follows the report it is given (the workspace's {@code ScenarioReports}).
 */
public final class DashboardViewModel {
    /** Assumption lines listed in one tooltip at most; the rest are counted. */
    static final int LISTED_INPUTS = 8;
    private final ObservableList<DashboardTile> tiles = FXCollections.observableArrayList();
    private final ObservableList<DashboardTile> tilesView = FXCollections.unmodifiableObservableList(tiles);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableValue<PlanReport> report;
    private final ObservableBooleanValue computing;
    private final ObservableStringValue failure;

    /**
     * @param report     the selected scenario's report (null: none yet)
     * @param computing  true while it is built
     * @param failure    why it could not be built, empty when it could
     */
    public DashboardViewModel(ObservableValue<PlanReport> report, ObservableBooleanValue computing, ObservableStringValue failure) {
        this.report = report;
        this.computing = computing;
        this.failure = failure;
        report.addListener(o -> refresh());
        computing.addListener(o -> refresh());
        failure.addListener(o -> refresh());
        refresh();
    }

    /** The tiles in figure order; empty without a report. */
    public ObservableList<DashboardTile> tiles() { return tilesView; }
    /** "Project / Scenario", empty without a report. */
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    /** What to show instead of tiles (no plan, computing, failure); empty when tiles show. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    private void refresh() {
        PlanReport r = report.getValue();
        if (r == null) {
            tiles.clear();
            title.set("");
            String why = failure.get();
            message.set(computing.get() ? "Computing the key figures…"
                    : !why.isEmpty() ? "The report could not be built: " + why
                    : "No plan yet: solve the scenario (Plan tab) to see its key figures.");
            return;
        }
        List<DashboardTile> out = new ArrayList<>();
        for (KeyFigure f : KeyFigures.headline(r)) {
            out.add(new DashboardTile(f.figure(), f.label(), f.text(), f.siValue(), tooltip(f, r.assumptions())));
        }
        tiles.setAll(out);
        title.set(r.projectName() + " / " + r.scenarioName());
        message.set("");
    }

    /** The tooltip of {@code f}: label and value, formula, then the assumptions it reads with their sources. */
    static String tooltip(KeyFigure f, List<Assumption> assumptions) {
        StringBuilder s = new StringBuilder(f.label()).append(": ").append(f.text());
        String formula = FigureNotes.formula(f.figure());
        if (!formula.isEmpty()) {
            s.append("\nHow: ").append(formula);
        }
        List<Assumption> inputs = FigureNotes.inputs(f.figure(), assumptions);
        if (!inputs.isEmpty()) {
            s.append("\nInputs:");
            inputs.stream().limit(LISTED_INPUTS).forEach(a -> s.append("\n  • ").append(a.name()).append(": ").append(a.value())
                    .append(" (").append(a.source()).append(')'));
            if (inputs.size() > LISTED_INPUTS) {
                s.append("\n  … and ").append(inputs.size() - LISTED_INPUTS).append(" more on the Assumptions sheet");
            }
        }
        return s.toString();
    }
}
