package dev.hallplan.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.app.testutil.ScriptedDialogs;
import dev.hallplan.app.workloads.WorkloadField;
import dev.hallplan.app.workloads.WorkloadRow;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The workloads tab on the default sample: add a workload, a refused cell value, a bad CSV
 * profile with its line number, a p99 SLO and a preferred option, then a short solve fills the plan
 * columns. Screenshots: workloads-table, workloads-p99-preferred, workloads-plan-preferred.
 */
@ExtendWith(ApplicationExtension.class)
class WorkloadsUiTest {
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
    void addEditImportAndSolveShowInTheWorkloadsTable(FxRobot robot) throws Exception {
        DesktopFixture.waitFor(60, "the sample list", () -> !app.workbench.startPage().samples().isEmpty());
        robot.clickOn("#sample-default");
        DesktopFixture.waitFor(60, "the default sample", () -> app.workbench.document().scenarioProperty().get() != null);
        robot.interact(() -> robot.lookup("#main-tabs").queryAs(TabPane.class).getSelectionModel()
                .select(robot.lookup("#main-tabs").queryAs(TabPane.class).getTabs().stream()
                        .filter(t -> t.getId().equals("workloads-view")).findFirst().orElseThrow()));
        DesktopFixture.waitFor(30, "the workloads table", () -> robot.lookup("#workload-table").tryQuery().isPresent());
        robot.interact(() -> app.window.setSplitPositions(0.15, 0.9));
        TableView<WorkloadRow> table = robot.lookup("#workload-table").queryTableView();
        int before = table.getItems().size();
        assertTrue(before > 0, "the sample's workloads are listed");

        robot.clickOn("#workload-add");
        assertEquals(before + 1, table.getItems().size());
        assertEquals("Add workload workload-1", app.workbench.document().undoNameProperty().get());

        // edit in the cell: the new workload's name, typed and committed with Enter, is one edit
        DesktopFixture.waitFor(10, "the new row's name cell", () -> robot.lookup("#workload-table .table-cell")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText("workload-1")).tryQuery().isPresent());
        robot.doubleClickOn(robot.lookup("#workload-table .table-cell")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText("workload-1")).<javafx.scene.Node>query());
        DesktopFixture.waitFor(10, "the cell's editor", () -> robot.lookup("#workload-table .text-field").tryQuery().isPresent());
        robot.clickOn("#workload-table .text-field");
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A)
                .write("Batch summaries").push(javafx.scene.input.KeyCode.ENTER);
        DesktopFixture.waitFor(10, "the renamed workload", () -> table.getItems().get(before).workload().name().equals("Batch summaries"));
        assertEquals("Edit Name of workload-1", app.workbench.document().undoNameProperty().get());

        robot.interact(() -> app.workbench.workloads().edit("workload-1", WorkloadField.DEFERRABLE_PERCENT, "150"));
        Label error = robot.lookup("#workload-error").queryAs(Label.class);
        assertTrue(error.getText().contains("deferrableShare"), error.getText());

        Path bad = app.dir.resolve("bad-profile.csv");
        Files.writeString(bad, "rps\n1\n2\n-3\n");
        app.files.choices.add(bad);
        robot.clickOn("#profile-import");
        Label profileError = robot.lookup("#profile-error").queryAs(Label.class);
        DesktopFixture.waitFor(30, "the import error", () -> !profileError.getText().isEmpty());
        assertTrue(profileError.getText().contains("line 4: -3 is negative"), profileError.getText());
        assertTrue(profileError.getText().contains("expected 8760 hourly values, found 3"), profileError.getText());

        // the first workload on a p99 SLO with a preferred option: the columns show both, the plan says how it went
        String firstId = table.getItems().get(0).id();
        robot.interact(() -> {
            assertTrue(app.workbench.workloads().edit(firstId, WorkloadField.SLO_STATISTIC, "p99"));
            assertTrue(app.workbench.workloads().edit(firstId, WorkloadField.PREFERRED, "nvidia-h200-sxm fp8"));
        });
        assertTrue(table.getItems().get(0).workload().slo().onP99());
        robot.interact(() -> app.workbench.plan().timeLimitSecondsProperty().set(10));
        robot.interact(() -> app.workbench.plan().solve());
        DesktopFixture.waitFor(180, "the plan columns", () -> !app.workbench.plan().runningProperty().get()
                && table.getItems().stream().allMatch(r -> r.result() != null));
        WorkloadRow first = table.getItems().get(0);
        assertTrue(first.result().replicas() > 0, first.toString());
        assertTrue(!first.result().operatingPoints().isEmpty());
        robot.interact(() -> table.getSelectionModel().select(0));
        Screenshots.save(app.scene, "workloads-table");
        assertTrue(first.result().latencyAgainst(first.workload().slo()).contains("p99"), first.result().toString());
        assertTrue(first.result().preference().startsWith("nvidia-h200-sxm · FP8: "), first.result().preference());
        robot.interact(() -> table.scrollToColumn(table.getColumns().stream()
                .filter(c -> "col-slo".equals(c.getId())).findFirst().orElseThrow()));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(app.scene, "workloads-p99-preferred");
        robot.interact(() -> table.scrollToColumn(table.getVisibleLeafColumns().stream()
                .filter(c -> "col-on-preferred".equals(c.getId())).findFirst().orElseThrow()));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(app.scene, "workloads-plan-preferred");
    }
}
