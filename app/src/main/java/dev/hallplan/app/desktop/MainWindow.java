package dev.hallplan.app.desktop;

import dev.hallplan.app.catalog.CatalogBrowserView;
import dev.hallplan.app.catalog.CatalogBrowserViewModel;
import dev.hallplan.app.hall.HallCanvasView;
import dev.hallplan.app.hall.HallViewModel;
import dev.hallplan.app.plan.PlanView;
import dev.hallplan.app.plan.PlanViewModel;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The main window's layout: a title bar; the hall floor plan above the plan panel, beside the catalog browser. */
public final class MainWindow extends BorderPane {
    public MainWindow(HallViewModel hall, CatalogBrowserViewModel catalog, PlanViewModel plan) {
        setId("main-window");
        Label title = new Label("HallPlan");
        title.getStyleClass().add("title-3");
        Label subtitle = new Label("AI-inference hall planning: what it serves, what it draws, what it costs");
        subtitle.getStyleClass().add("text-muted");
        VBox header = new VBox(2, title, subtitle);
        header.setPadding(new Insets(10, 12, 10, 12));
        setTop(header);

        Label floorTitle = new Label("Hall floor");
        floorTitle.getStyleClass().add("title-4");
        HallCanvasView canvas = new HallCanvasView(hall);
        VBox floor = new VBox(8, floorTitle, canvas);
        floor.setPadding(new Insets(8));
        VBox.setVgrow(canvas, javafx.scene.layout.Priority.ALWAYS);
        SplitPane left = new SplitPane(floor, new PlanView(plan));
        left.setOrientation(javafx.geometry.Orientation.VERTICAL);
        left.setDividerPositions(0.45);

        SplitPane split = new SplitPane(left, new CatalogBrowserView(catalog));
        split.setDividerPositions(0.42);
        setCenter(split);

        Label status = new Label();
        status.textProperty().bind(hall.captionProperty());
        HBox statusBar = new HBox(status);
        statusBar.setPadding(new Insets(4, 12, 4, 12));
        setBottom(statusBar);
    }
}
