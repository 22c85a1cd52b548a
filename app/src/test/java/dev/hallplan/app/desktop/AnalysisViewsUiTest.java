package dev.hallplan.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.app.charts.ChartSlot;
import dev.hallplan.app.dashboard.DashboardTile;
import dev.hallplan.app.energy.EnergyViewModel;
import dev.hallplan.app.testutil.PlannedSamples;
import dev.hallplan.app.testutil.ScriptedDialogs;
import dev.hallplan.engine.kpi.KeyFigures;
import dev.hallplan.engine.project.file.ProjectFiles;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The dashboard, energy and compare tabs on the planned default sample. Screenshots: dashboard,
 * energy-heat-map, energy-renewable-share, compare-tornado.
 */
@ExtendWith(ApplicationExtension.class)
class AnalysisViewsUiTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private DesktopFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = new DesktopFixture(stage, s -> dialogs);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void show(FxRobot robot, String tabId) {
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#main-tabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst().orElseThrow());
        });
    }

    @Test
    void dashboardEnergyAndCompareShowThePlannedSample(FxRobot robot) throws Exception {
        Path file = app.dir.resolve("planned" + ProjectFiles.SUFFIX);
        ProjectFiles.save(PlannedSamples.plannedDefault(), file);
        robot.interact(() -> app.workbench.documents().open(file));
        DesktopFixture.waitFor(60, "the planned sample", () -> app.workbench.document().scenarioProperty().get() != null);
        robot.interact(() -> app.window.setSplitPositions(0.16, 0.8));

        show(robot, "dashboard-view");
        DesktopFixture.waitFor(120, "the dashboard tiles", () -> !app.workbench.dashboard().tiles().isEmpty());
        var report = app.workbench.reports().reportProperty().get();
        assertEquals(KeyFigures.headline(report).size(), app.workbench.dashboard().tiles().size());
        DashboardTile first = app.workbench.dashboard().tiles().get(0);
        Label value = robot.lookup("#tile-value-" + first.figure().name()).queryAs(Label.class);
        assertEquals(KeyFigures.headline(report).get(0).text(), value.getText(), "the tile shows the report's text");
        Screenshots.save(app.scene, "dashboard");

        show(robot, "energy-view");
        DesktopFixture.waitFor(120, "the simulated year", () -> app.workbench.energy().hallYearProperty().get() != null);
        assertNotNull(robot.lookup("#energy-heatmap-slot").queryAs(ChartSlot.class).chart(), "the heat map is drawn");
        assertNotNull(robot.lookup("#energy-typical-day-slot").queryAs(ChartSlot.class).chart());
        assertNotNull(robot.lookup("#energy-monthly-slot").queryAs(ChartSlot.class).chart());
        Screenshots.save(app.scene, "energy-heat-map");
        robot.interact(() -> app.workbench.energy().heatMapProperty().set(EnergyViewModel.HeatMap.RENEWABLE_SHARE));
        assertTrue(robot.lookup("#energy-heatmap-slot").queryAs(ChartSlot.class).chart().getTitle().getText()
                .startsWith("Renewable share"));
        Screenshots.save(app.scene, "energy-renewable-share");

        show(robot, "compare-view");
        DesktopFixture.waitFor(120, "the comparison", () -> app.workbench.compare().comparisonProperty().get() != null);
        assertNotNull(robot.lookup("#compare-tornado-slot").queryAs(ChartSlot.class).chart(), "the tornado is drawn");
        assertEquals(3, app.workbench.compare().comparisonProperty().get().scenarios().size());
        Screenshots.save(app.scene, "compare-tornado");
    }
}
