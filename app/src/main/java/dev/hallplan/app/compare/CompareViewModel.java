package dev.hallplan.app.compare;

import dev.hallplan.app.export.ExportViewModel;
import dev.hallplan.app.workspace.BackgroundTasks;
import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.app.workspace.ScenarioReports;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.reports.compare.ScenarioComparison;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The compare view: two to four planned scenarios side by side through the reports module's
 * {@link ScenarioComparison} (the code {@code hallplan compare} writes its workbook from), the
 * BOM difference from the first, the TCO price sensitivity, and export through the same writer.
 * Reports come from {@link ScenarioReports} (built on the worker, kept per scenario record); the
 * comparison is redone whenever the project, the choice or the horizon changes.
 */
public final class CompareViewModel {
    /** Scenarios compared at most (the side-by-side table stays readable). */
    public static final int MOST = 4;
    private final ProjectViewModel document;
    private final ScenarioReports reports;
    private final BackgroundTasks tasks;
    private final ExportViewModel export;
    private final ObservableList<String> scenarioNames = FXCollections.observableArrayList();
    private final ObservableList<String> chosen = FXCollections.observableArrayList();
    private final ObservableList<String> scenarioNamesView = FXCollections.unmodifiableObservableList(scenarioNames);
    private final ObservableList<String> chosenView = FXCollections.unmodifiableObservableList(chosen);
    private final IntegerProperty years = new SimpleIntegerProperty(5);
    private final ReadOnlyObjectWrapper<ScenarioComparison> comparison = new ReadOnlyObjectWrapper<>();
    private final ObservableList<CompareRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CompareRows.BomRow> bomChanges = FXCollections.observableArrayList();
    private final ObservableList<CompareRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<CompareRows.BomRow> bomChangesView = FXCollections.unmodifiableObservableList(bomChanges);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper();
    private final ObservableList<String> unplanned = FXCollections.observableArrayList();
    private final ObservableList<String> unplannedView = FXCollections.unmodifiableObservableList(unplanned);
    private long generation;

    public CompareViewModel(ProjectViewModel document, ScenarioReports reports, BackgroundTasks tasks, ExportViewModel export) {
        this.document = document;
        this.reports = reports;
        this.tasks = tasks;
        this.export = export;
        document.documentProperty().addListener(o -> {
            chosen.setAll(defaultChoice(document.projectProperty().get()));
            refresh();
        });
        document.projectProperty().addListener(o -> projectChanged(document.projectProperty().get()));
        years.addListener(o -> refresh());
        chosen.setAll(defaultChoice(document.projectProperty().get()));
        projectChanged(document.projectProperty().get());
    }

    /** Every scenario of the project, in project order. */
    public ObservableList<String> scenarioNames() { return scenarioNamesView; }
    /** The scenarios compared, in the order shown (the first is the BOM difference's base). */
    public ObservableList<String> chosen() { return chosenView; }
    /** TCO horizon in years (1 or more), as {@code hallplan compare --years}. */
    public IntegerProperty yearsProperty() { return years; }
    /** The comparison shown; null while none can be made. */
    public ReadOnlyObjectProperty<ScenarioComparison> comparisonProperty() { return comparison.getReadOnlyProperty(); }
    /** The side-by-side table's lines. */
    public ObservableList<CompareRow> rows() { return rowsView; }
    /** BOM lines added, removed or changed from the first scenario to each other one. */
    public ObservableList<CompareRows.BomRow> bomChanges() { return bomChangesView; }
    /** Why there is no comparison, or what is being done; empty when the comparison shows. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty computingProperty() { return computing.getReadOnlyProperty(); }
    /** The chosen scenarios without a plan yet ({@link UnplannedSolves} solves them); empty when all are planned. */
    public ObservableList<String> unplanned() { return unplannedView; }

    /**
     * Adds {@code name} to the comparison or takes it out. Refused (false, with a message) when it
     * would make more than {@link #MOST}.
     */
    public boolean choose(String name, boolean on) {
        if (on == chosen.contains(name)) {
            return true;
        }
        if (on && chosen.size() >= MOST) {
            message.set("Compare at most " + MOST + " scenarios: take one out first.");
            return false;
        }
        if (on) {
            chosen.add(name);
        } else {
            chosen.remove(name);
        }
        refresh();
        return true;
    }

    /** Writes the comparison shown to a workbook or PDF (the file chooser decides); empty when nothing was written. */
    public CompletableFuture<Optional<Path>> export() {
        ScenarioComparison c = comparison.get();
        if (c == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return export.exportComparison(c.scenarios(), c.years());
    }

    /** Keeps the choice across edits; a scenario renamed or deleted leaves it. */
    private void projectChanged(Project now) {
        List<String> names = now == null ? List.of() : now.scenarios().stream().map(Scenario::name).toList();
        scenarioNames.setAll(names);
        chosen.removeIf(n -> !names.contains(n));
        refresh();
    }

    /** The first planned scenarios (up to {@link #MOST}), else the first scenarios. */
    private static List<String> defaultChoice(Project p) {
        if (p == null) {
            return List.of();
        }
        List<String> planned = p.scenarios().stream().filter(s -> s.plan() != null).map(Scenario::name).limit(MOST).toList();
        return planned.size() >= 2 ? planned : p.scenarios().stream().map(Scenario::name).limit(MOST).toList();
    }

    private void refresh() {
        long mine = ++generation;
        Project p = document.projectProperty().get();
        if (p == null || chosen.size() < 2) {
            clear(p == null ? "" : "Pick two to four scenarios to compare.");
            return;
        }
        if (years.get() < 1) {
            clear("The TCO horizon must be at least 1 year.");
            return;
        }
        List<Scenario> picked = chosen.stream().map(n -> p.scenarios().stream().filter(s -> s.name().equals(n))
                .findFirst().orElseThrow()).toList();
        List<String> withoutPlan = picked.stream().filter(s -> s.plan() == null).map(Scenario::name).toList();
        if (!withoutPlan.isEmpty()) {
            clear("No plan yet for " + String.join(", ", withoutPlan) + ": press \"Solve unplanned\" (a short solve of each)"
                    + " or solve " + (withoutPlan.size() == 1 ? "it" : "them") + " in the Plan tab.");
            unplanned.setAll(withoutPlan);
            return;
        }
        computing.set(true);
        unplanned.clear();
        message.set("Comparing " + String.join(", ", chosen) + "…");
        List<CompletableFuture<PlanReport>> built = new ArrayList<>();
        picked.forEach(s -> built.add(reports.reportOf(p, s)));
        int horizon = years.get();
        CompletableFuture.allOf(built.toArray(CompletableFuture[]::new))
                .thenCompose(done -> tasks.run("Comparing scenarios",
                        () -> ScenarioComparison.of(built.stream().map(CompletableFuture::join).toList(), horizon)))
                .whenComplete((c, failure) -> {
                    if (mine != generation) {
                        return;
                    }
                    computing.set(false);
                    if (failure != null) {
                        clear("The comparison failed: " + BackgroundTasks.messageOf(failure));
                        return;
                    }
                    comparison.set(c);
                    rows.setAll(CompareRows.of(c));
                    bomChanges.setAll(CompareRows.bomChanges(c));
                    message.set("");
                });
    }

    private void clear(String why) {
        computing.set(false);
        unplanned.clear();
        comparison.set(null);
        rows.clear();
        bomChanges.clear();
        message.set(why);
    }
}
