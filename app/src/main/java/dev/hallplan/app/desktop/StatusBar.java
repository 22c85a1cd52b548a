package dev.hallplan.app.desktop;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.geometry.Orientation;

/**
 * The status bar: file, scenario and hall, the hall's key live figure, the latest message (open,
 * save, export, autosave) with an "Open file" link after an export, and the background tasks.
 */
final class StatusBar extends HBox {
    StatusBar(Workbench w) {
        setId("status-bar");
        setSpacing(10);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(3, 10, 3, 10));
        Label file = label("status-file");
        file.textProperty().bind(Bindings.createStringBinding(() -> {
            var f = w.document().fileProperty().get();
            return w.document().projectProperty().get() == null ? "No project" : f == null ? "Not saved yet" : f.getFileName().toString();
        }, w.document().fileProperty(), w.document().projectProperty()));
        Label where = label("status-where");
        where.textProperty().bind(Bindings.createStringBinding(() -> {
            var s = w.document().scenarioProperty().get();
            var h = w.document().hallProperty().get();
            return s == null ? "" : "Scenario " + s.name() + (h == null ? "" : " · " + h.name());
        }, w.document().scenarioProperty(), w.document().hallProperty()));
        Label figure = label("status-figure");
        figure.textProperty().bind(w.hall().itFigureProperty());

        Label message = label("status-message");
        message.getStyleClass().add("text-muted");
        follow(message, w.documents().statusProperty());
        follow(message, w.export().statusProperty());
        follow(message, w.autosave().statusProperty());
        Hyperlink openFile = new Hyperlink("Open file");
        openFile.setId("open-exported");
        openFile.visibleProperty().bind(w.export().lastWrittenProperty().isNotNull());
        openFile.setOnAction(e -> w.export().openLastWritten());

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(14, 14);
        busy.visibleProperty().bind(Bindings.isNotEmpty(w.tasks().running()));
        Label tasks = label("status-tasks");
        tasks.textProperty().bind(Bindings.createStringBinding(() -> String.join(", ", w.tasks().running()), w.tasks().running()));
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        getChildren().addAll(file, bar(), where, bar(), figure, bar(), message, openFile, spring, tasks, busy);
    }

    private static void follow(Label message, ObservableValue<String> source) {
        source.addListener((o, a, b) -> {
            if (b != null && !b.isEmpty()) {
                message.setText(b);
            }
        });
    }

    private static Label label(String id) {
        Label l = new Label();
        l.setId(id);
        return l;
    }

    private static Separator bar() {
        return new Separator(Orientation.VERTICAL);
    }
}
