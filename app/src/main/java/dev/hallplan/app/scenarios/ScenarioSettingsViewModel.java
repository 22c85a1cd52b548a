package dev.hallplan.app.scenarios;

import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.app.workspace.TypedNumbers;
import dev.hallplan.engine.project.FinancialAssumptions;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.solver.domain.ConstraintNames;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The selected scenario's settings as editable text: description, the four financial
 * assumptions and the solver's constraint weight multipliers. The fields show the scenario;
 * {@code commit...} turns them into one undoable edit, or sets {@link #errorProperty()} to what
 * is wrong and where (the scenario is left unchanged).
 */
public final class ScenarioSettingsViewModel {
    private final ProjectViewModel document;
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty amortisationYears = new SimpleStringProperty("");
    private final StringProperty facilityCapexUsdPerWatt = new SimpleStringProperty("");
    private final StringProperty maintenanceShare = new SimpleStringProperty("");
    private final StringProperty facilityAmortisationYears = new SimpleStringProperty("");
    private final ObservableList<WeightRow> weights = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");

    public ScenarioSettingsViewModel(ProjectViewModel document) {
        this.document = document;
        document.scenarioProperty().addListener(o -> show());
        show();
    }

    public StringProperty descriptionProperty() { return description; }
    public StringProperty amortisationYearsProperty() { return amortisationYears; }
    public StringProperty facilityCapexUsdPerWattProperty() { return facilityCapexUsdPerWatt; }
    /** Yearly maintenance as a percentage of hardware capex. */
    public StringProperty maintenancePercentProperty() { return maintenanceShare; }
    public StringProperty facilityAmortisationYearsProperty() { return facilityAmortisationYears; }
    public ObservableList<WeightRow> weights() { return weights; }
    /** What the last commit refused and why; empty when it was accepted. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }

    public void commitDescription() {
        Scenario s = document.scenarioProperty().get();
        if (s != null) {
            apply(() -> document.apply(ScenarioEdits.setDescription(s.name(), description.get() == null ? "" : description.get())));
        }
    }

    public void commitFinancials() {
        Scenario s = document.scenarioProperty().get();
        if (s == null) {
            return;
        }
        apply(() -> {
            FinancialAssumptions f = new FinancialAssumptions(number("Hardware amortisation (years)", amortisationYears),
                    number("Facility capex ($/W)", facilityCapexUsdPerWatt),
                    number("Maintenance (% of capex per year)", maintenanceShare) / 100,
                    number("Facility amortisation (years)", facilityAmortisationYears));
            if (!f.equals(s.financials())) {
                document.apply(ScenarioEdits.setFinancials(s.name(), f));
            }
        });
    }

    /** Sets one constraint's multiplier from text; blank restores the default. */
    public void setWeight(String constraint, String text) {
        Scenario s = document.scenarioProperty().get();
        if (s == null) {
            return;
        }
        apply(() -> {
            Double value = text == null || text.isBlank() ? null : parse(constraint, text);
            document.apply(ScenarioEdits.setConstraintWeight(s.name(), constraint, value));
        });
    }

    private void apply(Runnable edit) {
        try {
            edit.run();
            error.set("");
        } catch (IllegalArgumentException refused) {
            error.set(refused.getMessage());
        }
    }

    private static double number(String field, StringProperty text) {
        return parse(field, text.get());
    }

    private static double parse(String field, String text) {
        return TypedNumbers.decimal(text, field);
    }

    private void show() {
        Scenario s = document.scenarioProperty().get();
        error.set("");
        if (s == null) {
            heading.set("No scenario");
            weights.clear();
            return;
        }
        heading.set("Scenario " + s.name());
        description.set(s.description());
        FinancialAssumptions f = s.financials();
        amortisationYears.set(plain(f.amortisationYears()));
        facilityCapexUsdPerWatt.set(plain(f.facilityCapexUsdPerWatt()));
        maintenanceShare.set(plain(f.maintenanceShareOfCapexPerYear() * 100));
        facilityAmortisationYears.set(plain(f.facilityAmortisationYears()));
        List<WeightRow> rows = ConstraintNames.ALL.stream().map(c -> {
            Double m = s.constraintWeights().get(c);
            return new WeightRow(c, m == null ? 1 : m, m == null);
        }).toList();
        weights.setAll(rows);
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(Math.round(v * 1e6) / 1e6);
    }
}
