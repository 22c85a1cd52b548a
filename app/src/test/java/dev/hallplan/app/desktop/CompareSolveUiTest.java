package dev.hallplan.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.app.compare.CompareRow;
import dev.hallplan.app.testutil.PlannedSamples;
import dev.hallplan.app.testutil.ScriptedDialogs;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.file.ProjectFiles;
import java.nio.file.Path;
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
 * The compare tab with a scenario that has no plan: "Solve unplanned" solves it off the UI thread
 * with progress, keeps the plan, and the comparison follows with its tokens-per-dollar row.
 * Screenshots: compare-solving, compare-tokens-per-dollar.
 */
@ExtendWith(ApplicationExtension.class)
class CompareSolveUiTest {
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
    void anUnplannedScenarioIsSolvedFromTheCompareTabAndCompared(FxRobot robot) throws Exception {
        Project planned = PlannedSamples.plannedDefault();
        Path file = app.dir.resolve("b200-unplanned" + ProjectFiles.SUFFIX);
        ProjectFiles.save(planned.withScenario(planned.scenario("B200").orElseThrow().withPlan(null)), file);
        robot.interact(() -> app.workbench.documents().open(file));
        DesktopFixture.waitFor(60, "the project", () -> app.workbench.document().scenarioProperty().get() != null);
        robot.interact(() -> app.window.setSplitPositions(0.16, 0.8));
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#main-tabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "compare-view".equals(t.getId())).findFirst().orElseThrow());
        });
        DesktopFixture.waitFor(120, "the first comparison", () -> app.workbench.compare().comparisonProperty().get() != null);
        robot.clickOn("#compare-pick-B200");
        DesktopFixture.waitFor(10, "B200 named as unplanned", () -> app.workbench.compare().unplanned().contains("B200"));
        robot.interact(() -> app.workbench.compareSolves().secondsProperty().set(5));
        robot.clickOn("#compare-solve-unplanned");
        DesktopFixture.waitFor(60, "the solve under way", () -> app.workbench.compareSolves().statusProperty().get().startsWith("Solving"));
        Screenshots.save(app.scene, "compare-solving");
        DesktopFixture.waitFor(180, "the comparison of three", () -> app.workbench.compare().comparisonProperty().get() != null
                && app.workbench.compare().comparisonProperty().get().scenarios().size() == 3);
        assertNotNull(app.workbench.document().projectProperty().get().scenario("B200").orElseThrow().plan(), "B200's plan is kept");
        TableView<CompareRow> table = robot.lookup("#compare-table").queryTableView();
        CompareRow perDollar = table.getItems().stream().filter(r -> r.label().equals("Output tokens per dollar")).findFirst().orElseThrow();
        CompareRow perMillion = table.getItems().stream().filter(r -> r.label().equals("Cost per million output tokens")).findFirst()
                .orElseThrow();
        for (int i = 0; i < 3; i++) {
            assertEquals(1e6 / perMillion.siValues().get(i), perDollar.siValues().get(i), 1e-6 * perDollar.siValues().get(i));
        }
        assertTrue(perDollar.winner().isPresent(), "more tokens per dollar wins");
        robot.interact(() -> table.scrollTo(perDollar));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(app.scene, "compare-tokens-per-dollar");
    }
}
