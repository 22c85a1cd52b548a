package dev.hallplan.app.designer;

import dev.hallplan.catalog.ServerModel;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** "Find space…": server model, count, Find; the racks found best first; Place (one undoable command). */
final class FindSpacePane extends VBox {
    FindSpacePane(DesignerViewModel vm) {
        setId("find-space");
        setSpacing(6);
        setPadding(new Insets(4, 0, 4, 0));
        Label title = new Label("Find space…");
        title.getStyleClass().add("title-4");
        ComboBox<String> model = new ComboBox<>();
        model.setId("find-space-model");
        model.setPromptText("server model");
        model.setMaxWidth(200);
        Spinner<Integer> count = new Spinner<>(1, 10_000, 4);
        count.setEditable(true);
        count.setPrefWidth(90);
        count.setId("find-space-count");
        ListView<String> results = new ListView<>();
        results.setId("find-space-results");
        results.setPrefHeight(140);
        Button find = new Button("Find");
        find.setId("find-space-find");
        find.setOnAction(e -> {
            if (model.getValue() != null) {
                vm.findSpace().find(model.getValue(), count.getValue());
            } else {
                vm.say("choose a server model to find space for");
            }
        });
        Button place = new Button("Place");
        place.setId("find-space-place");
        place.setOnAction(e -> vm.findSpace().place());
        vm.findSpace().foundProperty().addListener(o -> results.getItems().setAll(vm.findSpace().lines()));
        vm.snapshotProperty().addListener(o -> {
            if (model.getItems().isEmpty() && vm.catalog() != null) {
                model.getItems().setAll(vm.catalog().servers().stream().map(ServerModel::id).toList());
            }
        });
        if (vm.catalog() != null) {
            model.getItems().setAll(vm.catalog().servers().stream().map(ServerModel::id).toList());
        }
        getChildren().addAll(title, new HBox(6, model, count, find, place), results);
    }
}
