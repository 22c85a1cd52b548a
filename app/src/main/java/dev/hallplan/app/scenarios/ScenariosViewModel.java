package dev.hallplan.app.scenarios;

import dev.hallplan.app.services.Dialogs;
import dev.hallplan.app.workspace.ProjectEdit;
import dev.hallplan.app.workspace.ProjectEdits;
import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The scenario switcher and hall selector: lists the project's scenarios and the selected
 * scenario's halls, and offers add, duplicate ("what-if from this one"), rename, delete and
 * reorder, each one undoable edit. Names are asked through {@link Dialogs}; a refused edit
 * (a taken name) is shown as an error and changes nothing.
 */
public final class ScenariosViewModel {
    private final ProjectViewModel document;
    private final Dialogs dialogs;
    private final ObservableList<String> scenarioNames = FXCollections.observableArrayList();
    private final ObservableList<HallChoice> halls = FXCollections.observableArrayList();
    private final ObservableList<String> scenarioNamesView = FXCollections.unmodifiableObservableList(scenarioNames);
    private final ObservableList<HallChoice> hallsView = FXCollections.unmodifiableObservableList(halls);
    private final ReadOnlyStringWrapper selectedScenario = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper selectedHall = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canDelete = new ReadOnlyBooleanWrapper();

    public ScenariosViewModel(ProjectViewModel document, Dialogs dialogs) {
        this.document = document;
        this.dialogs = dialogs;
        document.projectProperty().addListener(o -> refresh());
        document.selectionProperty().addListener(o -> refresh());
        refresh();
    }

    public ObservableList<String> scenarioNames() { return scenarioNamesView; }
    public ObservableList<HallChoice> halls() { return hallsView; }
    public ReadOnlyStringProperty selectedScenarioProperty() { return selectedScenario.getReadOnlyProperty(); }
    public ReadOnlyStringProperty selectedHallProperty() { return selectedHall.getReadOnlyProperty(); }
    /** True while a project is open. */
    public ReadOnlyBooleanProperty openProperty() { return open.getReadOnlyProperty(); }
    /** False for the last scenario: a project keeps at least one. */
    public ReadOnlyBooleanProperty canDeleteProperty() { return canDelete.getReadOnlyProperty(); }

    public void select(String scenarioName) {
        if (scenarioName != null && !scenarioName.equals(selectedScenario.get())) {
            document.selectScenario(scenarioName);
        }
    }

    public void selectHall(String hallId) {
        if (hallId != null && !hallId.equals(selectedHall.get())) {
            document.selectHall(hallId);
        }
    }

    /** Adds a scenario for the same demand as the selected one, named "Scenario N". */
    public void add() {
        Project p = document.projectProperty().get();
        if (p != null) {
            apply(ScenarioEdits.add(ScenarioEdits.freeName(p, "Scenario " + (p.scenarios().size() + 1)),
                    document.scenarioProperty().get()));
        }
    }

    /** Duplicates the selected scenario as "NAME (copy)". */
    public void duplicate() {
        Scenario s = document.scenarioProperty().get();
        if (s != null) {
            apply(ScenarioEdits.duplicate(s.name(), ScenarioEdits.freeName(document.projectProperty().get(), s.name() + " (copy)")));
        }
    }

    /** Asks for a new name of the selected scenario. */
    public void rename() {
        Scenario s = document.scenarioProperty().get();
        if (s != null) {
            dialogs.askText("Rename scenario", "New name of scenario " + s.name(), s.name())
                    .ifPresent(name -> apply(() -> ScenarioEdits.rename(s.name(), name)));
        }
    }

    public void delete() {
        Scenario s = document.scenarioProperty().get();
        if (s != null && canDelete.get()) {
            apply(ScenarioEdits.delete(s.name()));
        }
    }

    public void moveUp() {
        move(-1);
    }

    public void moveDown() {
        move(1);
    }

    /** Asks for a new name of the project. */
    public void renameProject() {
        Project p = document.projectProperty().get();
        if (p != null) {
            dialogs.askText("Rename project", "New name of the project", p.name())
                    .ifPresent(name -> apply(() -> ProjectEdits.renameProject(name)));
        }
    }

    /** Asks for a new display name of the selected hall (its id stays). */
    public void renameHall() {
        Scenario s = document.scenarioProperty().get();
        Hall h = document.hallProperty().get();
        if (s != null && h != null) {
            dialogs.askText("Rename hall", "New name of hall " + h.id(), h.name())
                    .ifPresent(name -> apply(() -> ProjectEdits.renameHall(s.name(), h.id(), name)));
        }
    }

    private void move(int delta) {
        Scenario s = document.scenarioProperty().get();
        if (s != null) {
            apply(ScenarioEdits.move(s.name(), delta));
        }
    }

    private void apply(ProjectEdit edit) {
        apply(() -> edit);
    }

    /** Builds and applies an edit; a refused one is shown as an error and changes nothing. */
    private void apply(java.util.function.Supplier<ProjectEdit> edit) {
        try {
            document.apply(edit.get());
        } catch (IllegalArgumentException refused) {
            dialogs.showError("Edit refused", refused.getMessage());
        }
    }

    private void refresh() {
        Project p = document.projectProperty().get();
        Scenario s = document.scenarioProperty().get();
        List<String> names = p == null ? List.of() : p.scenarios().stream().map(Scenario::name).toList();
        if (!names.equals(scenarioNames)) {
            scenarioNames.setAll(names);
        }
        List<HallChoice> hallList = s == null ? List.of() : s.halls().stream().map(h -> new HallChoice(h.id(), h.name())).toList();
        if (!hallList.equals(halls)) {
            halls.setAll(hallList);
        }
        selectedScenario.set(s == null ? null : s.name());
        selectedHall.set(document.hallProperty().get() == null ? null : document.hallProperty().get().id());
        open.set(p != null);
        canDelete.set(names.size() > 1);
    }
}
