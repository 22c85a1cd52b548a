package dev.hallplan.app.dashboard;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The dashboard tab: the scenario's key figures as tiles with their tooltips; binds, nothing else. */
public final class DashboardView extends ScrollPane {
    private final FlowPane tiles = new FlowPane(10, 10);

    public DashboardView(DashboardViewModel vm) {
        setId("dashboard-view");
        Label title = new Label();
        title.getStyleClass().add("title-3");
        title.textProperty().bind(vm.titleProperty());
        Label message = new Label();
        message.setId("dashboard-message");
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        VBox box = new VBox(10, title, message, tiles);
        box.setPadding(new Insets(12));
        setContent(box);
        setFitToWidth(true);
        vm.tiles().addListener((ListChangeListener<DashboardTile>) c -> show(vm));
        show(vm);
    }

    private void show(DashboardViewModel vm) {
        tiles.getChildren().clear();
        for (DashboardTile t : vm.tiles()) {
            tiles.getChildren().add(tile(t));
        }
    }

    private static VBox tile(DashboardTile t) {
        Label label = new Label(t.label());
        label.setWrapText(true);
        label.getStyleClass().add("text-muted");
        Label value = new Label(t.value());
        value.getStyleClass().add("title-3");
        value.setId("tile-value-" + t.figure().name());
        VBox tile = new VBox(6, label, value);
        tile.setId("tile-" + t.figure().name());
        tile.setPadding(new Insets(10, 12, 10, 12));
        tile.setPrefSize(270, 104);
        tile.setMinSize(270, 104);
        label.setMinHeight(34);
        tile.setStyle("-fx-background-color: -color-bg-subtle; -fx-border-color: -color-border-default;"
                + " -fx-border-radius: 6; -fx-background-radius: 6;");
        Tooltip tip = new Tooltip(t.tooltip());
        tip.setWrapText(true);
        tip.setMaxWidth(560);
        tip.setShowDelay(Duration.millis(250));
        tip.setShowDuration(Duration.seconds(60));
        Tooltip.install(tile, tip);
        return tile;
    }
}
