package dev.hallplan.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.app.explorer.ChipCurve;
import dev.hallplan.app.explorer.OperatingPointRow;
import dev.hallplan.app.testutil.ScriptedDialogs;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The estimator tab with its four default chips: four curves, each best point marked. Screenshot: explorer-4-chips. */
@ExtendWith(ApplicationExtension.class)
class ExplorerUiTest {
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

    @Test
    void fourChipsShowFourCurvesAndTheirBestPoints(FxRobot robot) throws Exception {
        DesktopFixture.waitFor(60, "the sample list", () -> !app.workbench.startPage().samples().isEmpty());
        robot.clickOn("#sample-default");
        DesktopFixture.waitFor(60, "the default sample", () -> app.workbench.document().scenarioProperty().get() != null);
        TabPane tabs = robot.lookup("#main-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> t.getId().equals("explorer-view")).findFirst().orElseThrow()));
        DesktopFixture.waitFor(60, "four curves", () -> app.workbench.explorer().curves().size() == 4);
        ChartViewer viewer = robot.lookup("#explorer-chart").queryAs(ChartViewer.class);
        DesktopFixture.waitFor(10, "the chart", () -> viewer.getChart() != null);
        XYPlot plot = viewer.getChart().getXYPlot();
        assertEquals(4, plot.getDataset(0).getSeriesCount());
        long best = app.workbench.explorer().curves().stream().filter(c -> c.best() != null).count();
        assertEquals(best, plot.getDataset(1).getItemCount(0), "one ring per chip with a point within the SLO");
        TableView<OperatingPointRow> table = robot.lookup("#explorer-points").queryTableView();
        assertEquals(app.workbench.explorer().curves().stream().mapToInt(c -> c.points().size()).sum(), table.getItems().size());
        assertTrue(app.workbench.explorer().curves().stream().map(ChipCurve::label).toList().contains("amd-mi325x"));
        robot.interact(() -> app.window.setSplitPositions(0.15, 0.9));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(app.scene, "explorer-4-chips");
    }

    @Test
    void aRowBecomesAWorkloadsPreferredOptionInOneUndoableStep(FxRobot robot) throws Exception {
        DesktopFixture.waitFor(60, "the sample list", () -> !app.workbench.startPage().samples().isEmpty());
        robot.clickOn("#sample-default");
        DesktopFixture.waitFor(60, "the default sample", () -> app.workbench.document().scenarioProperty().get() != null);
        TabPane tabs = robot.lookup("#main-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> t.getId().equals("explorer-view")).findFirst().orElseThrow()));
        DesktopFixture.waitFor(60, "four curves", () -> app.workbench.explorer().curves().size() == 4);
        var prefer = app.workbench.explorerPreference();
        DesktopFixture.waitFor(10, "the workloads running the model", () -> !prefer.workloads().isEmpty());
        String workload = prefer.workloads().get(0);
        TableView<OperatingPointRow> table = robot.lookup("#explorer-points").queryTableView();
        int bestH200 = table.getItems().indexOf(table.getItems().stream()
                .filter(r -> r.best() && r.chipId().equals("nvidia-h200-sxm")).findFirst().orElseThrow());
        robot.interact(() -> {
            table.getSelectionModel().select(bestH200);
            table.scrollTo(bestH200);
        });
        javafx.scene.control.ComboBox<String> target = robot.lookup("#explorer-preferred-workload").queryComboBox();
        assertEquals(workload, target.getValue(), "the first workload running the model is offered");
        robot.interact(() -> app.window.setSplitPositions(0.15, 0.9));
        robot.clickOn("#explorer-use-preferred");
        OperatingPointRow row = table.getItems().get(bestH200);
        var scenario = app.workbench.document().scenarioProperty();
        DesktopFixture.waitFor(10, "the preferred option", () -> scenario.get().workload(workload).orElseThrow().preferred() != null);
        assertEquals(row.asPreferredOption(), scenario.get().workload(workload).orElseThrow().preferred());
        assertEquals("Use " + row.asPreferredOption().label() + " as preferred option of " + workload,
                app.workbench.document().undoNameProperty().get());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(app.scene, "explorer-preferred-action");
        robot.interact(() -> app.workbench.document().undo());
        assertEquals(null, scenario.get().workload(workload).orElseThrow().preferred(), "undo clears it");
    }
}
