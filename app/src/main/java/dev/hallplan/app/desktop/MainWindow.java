package dev.hallplan.app.desktop;

import dev.hallplan.app.scenarios.ScenarioPanel;
import dev.hallplan.app.start.StartPageView;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import java.util.List;

/**
 * The main window's layout: menu bar; the start page while no project is open, else the scenario
 * panel beside the registered views (main tabs above, bottom tabs below); the status bar.
 */
public final class MainWindow extends BorderPane {
    private final Workbench workbench;
    private final SplitPane sideSplit;
    private final SplitPane bottomSplit;
    /** Held here: a binding only its dependents' weak listeners refer to would be collected. */
    private final javafx.beans.binding.BooleanBinding showStart;

    /** @param quit asks about unsaved changes, then ends the app */
    public MainWindow(Workbench workbench, Runnable quit, Theme.Switcher themes) {
        this.workbench = workbench;
        setId("main-window");
        setTop(new AppMenus(workbench, quit, themes).menuBar());
        TabPane main = tabs(workbench.views().in(WorkspaceView.Area.MAIN));
        main.setId("main-tabs");
        TabPane bottom = tabs(workbench.views().in(WorkspaceView.Area.BOTTOM));
        bottom.setId("bottom-tabs");
        bottomSplit = new SplitPane(main, bottom);
        bottomSplit.setOrientation(Orientation.VERTICAL);
        bottomSplit.setDividerPositions(0.5);
        ScenarioPanel side = new ScenarioPanel(workbench.scenarios());
        sideSplit = new SplitPane(side, bottomSplit);
        sideSplit.setDividerPositions(0.19);
        SplitPane.setResizableWithParent(side, false);

        var noProject = workbench.document().projectProperty().isNull();
        sideSplit.visibleProperty().bind(noProject.not());
        Label opening = new Label("Opening…");
        opening.getStyleClass().add("title-3");
        opening.visibleProperty().bind(noProject.and(workbench.startingProperty()));
        StackPane center = new StackPane(sideSplit, opening);
        setCenter(center);
        // the start page is built the first time it is needed (not at all when a project opens on start)
        showStart = noProject.and(workbench.startingProperty().not());
        Runnable buildStart = () -> {
            if (showStart.get() && center.lookup("#start-page") == null) {
                StartPageView start = new StartPageView(workbench.startPage());
                start.visibleProperty().bind(showStart);
                center.getChildren().add(start);
            }
        };
        showStart.addListener((o, a, b) -> buildStart.run());
        buildStart.run();
        setBottom(new StatusBar(workbench));
        // a menu item has one accelerator: Redo's second one lives on the scene
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Y"), workbench.document()::redo);
            }
        });
    }

    /** The workbench this window shows (test drivers reach the view models through it). */
    Workbench workbench() {
        return workbench;
    }

    /** Divider positions: side panel | views, and main tabs / bottom tabs. */
    double[] splitPositions() {
        return new double[] {sideSplit.getDividerPositions()[0], bottomSplit.getDividerPositions()[0]};
    }

    void setSplitPositions(double side, double bottom) {
        sideSplit.setDividerPositions(side);
        bottomSplit.setDividerPositions(bottom);
    }

    /** One tab per view; a view is built when its tab is first shown (a quicker first frame). */
    private TabPane tabs(List<WorkspaceView> views) {
        TabPane pane = new TabPane();
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (WorkspaceView v : views) {
            Tab tab = new Tab(v.title());
            tab.setId(v.id());
            pane.getTabs().add(tab);
        }
        Runnable build = () -> {
            Tab shown = pane.getSelectionModel().getSelectedItem();
            if (shown != null && shown.getContent() == null) {
                views.stream().filter(v -> v.id().equals(shown.getId())).findFirst()
                        .ifPresent(v -> shown.setContent(v.factory().apply(workbench)));
            }
        };
        pane.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> build.run());
        build.run();
        return pane;
    }
}
