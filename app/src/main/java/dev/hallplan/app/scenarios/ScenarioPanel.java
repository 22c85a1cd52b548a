package dev.hallplan.app.scenarios;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The side panel: the scenario switcher with its commands, and the hall selector of the selected scenario. */
public final class ScenarioPanel extends VBox {
    public ScenarioPanel(ScenariosViewModel vm) {
        setId("scenario-panel");
        setSpacing(6);
        setPadding(new Insets(8));
        setMinWidth(200);
        Label title = new Label("Scenarios");
        title.getStyleClass().add("title-4");

        ListView<String> list = new ListView<>(vm.scenarioNames());
        list.setId("scenario-list");
        VBox.setVgrow(list, Priority.ALWAYS);
        vm.selectedScenarioProperty().addListener((o, a, b) -> list.getSelectionModel().select(b));
        vm.scenarioNames().addListener((javafx.collections.ListChangeListener<String>) c ->
                list.getSelectionModel().select(vm.selectedScenarioProperty().get()));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.select(b));

        Button add = button("Add", "add-scenario", "Add a scenario for the same demand (Ctrl+Shift+N)", vm::add);
        Button duplicate = button("Duplicate", "duplicate-scenario", "What-if from this one: a copy to change (Ctrl+D)", vm::duplicate);
        Button rename = button("Rename…", "rename-scenario", "Rename the scenario (F2)", vm::rename);
        Button delete = button("Delete", "delete-scenario", "Delete the scenario (undoable)", vm::delete);
        delete.disableProperty().bind(vm.canDeleteProperty().not());
        Button up = button("↑", "scenario-up", "Move up", vm::moveUp);
        Button down = button("↓", "scenario-down", "Move down", vm::moveDown);
        FlowPane commands = new FlowPane(4, 4, add, duplicate, rename, delete, up, down);
        commands.prefWrapLengthProperty().bind(widthProperty().subtract(16));

        Label hallTitle = new Label("Hall");
        hallTitle.getStyleClass().add("title-4");
        ComboBox<HallChoice> halls = new ComboBox<>(vm.halls());
        halls.setId("hall-selector");
        halls.setMaxWidth(Double.MAX_VALUE);
        halls.setPromptText("No hall");
        Runnable showHall = () -> halls.getSelectionModel().select(vm.halls().stream()
                .filter(h -> h.id().equals(vm.selectedHallProperty().get())).findFirst().orElse(null));
        vm.selectedHallProperty().addListener((o, a, b) -> showHall.run());
        vm.halls().addListener((javafx.collections.ListChangeListener<HallChoice>) c -> showHall.run());
        halls.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectHall(b.id());
            }
        });
        Button renameHall = button("Rename hall…", "rename-hall", "Change the hall's display name", vm::renameHall);
        getChildren().addAll(title, list, commands, hallTitle, halls, renameHall);
        disableProperty().bind(vm.openProperty().not());
        list.getSelectionModel().select(vm.selectedScenarioProperty().get());
        showHall.run();
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return b;
    }
}
