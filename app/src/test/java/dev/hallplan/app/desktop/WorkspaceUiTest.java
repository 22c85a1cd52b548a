package dev.hallplan.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.app.testutil.ScriptedDialogs;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.file.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The document workflow through menus, buttons and shortcuts: open a sample copy, rename, add and
 * duplicate a scenario, undo twice, redo once, save, reopen. Screenshots: start-page, main-window.
 */
@ExtendWith(ApplicationExtension.class)
class WorkspaceUiTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private DesktopFixture app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = new DesktopFixture(stage, s -> dialogs);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static KeyCodeCombination shortcut(KeyCode key, KeyCombination.Modifier... more) {
        KeyCombination.Modifier[] all = new KeyCombination.Modifier[more.length + 1];
        all[0] = KeyCombination.SHORTCUT_DOWN;
        System.arraycopy(more, 0, all, 1, more.length);
        return new KeyCodeCombination(key, all);
    }

    private Project project() {
        return app.workbench.document().projectProperty().get();
    }

    private List<String> scenarioNames() {
        return project().scenarios().stream().map(Scenario::name).toList();
    }

    @Test
    void openRenameAddDuplicateUndoRedoSaveAndReopenKeepTheFileEqualToTheModel(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#start-page").query().isVisible(), "no project yet: the start page shows");
        DesktopFixture.waitFor(60, "the sample list", () -> app.workbench.startPage().samples().size() == 5);
        assertTrue(robot.lookup("#sample-public-llm-api").tryQuery().isPresent(), "the samples are offered");
        Screenshots.save(app.scene, "start-page");

        Path file = app.sampleCopy("default", "sample");
        app.files.choices.add(file);
        robot.push(shortcut(KeyCode.O));
        DesktopFixture.waitFor(60, "the sample copy to open", () -> stage.getTitle().contains("sample.hallplan.json"));
        DesktopFixture.waitFor(60, "the floor's load", () -> app.workbench.hall().captionProperty().get().contains("IT at nameplate"));
        assertEquals("Default sample: one hall, three hardware choices — sample.hallplan.json — HallPlan", stage.getTitle());
        Screenshots.save(app.scene, "main-window");
        javafx.scene.control.TabPane tabs = robot.lookup("#main-tabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        assertEquals("5", robot.lookup("#scenario-settings").lookup(".text-field").nth(1)
                .queryTextInputControl().getText(), "the Scenario tab shows the scenario's hardware amortisation");
        Screenshots.save(app.scene, "scenario-settings");
        robot.interact(() -> tabs.getSelectionModel().select(0));

        dialogs.texts.add("Renamed in the UI test");
        robot.clickOn("#menu-edit").clickOn("#menu-rename-project");
        robot.clickOn("#add-scenario");
        robot.clickOn("#duplicate-scenario");
        assertEquals(List.of("H200", "B200", "MI325X", "Scenario 4", "Scenario 4 (copy)"), scenarioNames());
        assertTrue(stage.getTitle().startsWith("• Renamed in the UI test"), stage.getTitle());

        robot.push(shortcut(KeyCode.Z));
        robot.push(shortcut(KeyCode.Z));
        assertEquals(List.of("H200", "B200", "MI325X"), scenarioNames());
        robot.push(shortcut(KeyCode.Y));
        assertEquals(List.of("H200", "B200", "MI325X", "Scenario 4"), scenarioNames());
        assertEquals("Renamed in the UI test", project().name());
        assertEquals("Scenario 4", app.workbench.document().scenarioProperty().get().name());

        robot.push(shortcut(KeyCode.S));
        DesktopFixture.waitFor(30, "the save", () -> !app.workbench.document().dirtyProperty().get());
        assertEquals("Renamed in the UI test — sample.hallplan.json — HallPlan", stage.getTitle());
        assertEquals(ProjectFiles.toJson(project()), Files.readString(file), "the file holds what the model says");

        robot.push(shortcut(KeyCode.Z));
        assertTrue(stage.getTitle().startsWith("• "), "undone past the save point: dirty");
        robot.push(shortcut(KeyCode.Z, KeyCombination.SHIFT_DOWN));
        assertFalse(stage.getTitle().startsWith("• "), "redone to the save point: clean");

        Project saved = project();
        robot.clickOn("#menu-file").clickOn("#menu-close");
        DesktopFixture.waitFor(10, "the start page", () -> project() == null);
        assertTrue(app.workbench.startPage().recentFiles().get(0).file().endsWith("sample.hallplan.json"));
        app.files.choices.add(file);
        dialogs.openAnyway.add(true);
        robot.clickOn("#start-open");
        DesktopFixture.waitFor(60, "the reopened file", () -> project() != null);
        assertEquals(saved, project(), "reopened: the same project as before closing");
        assertTrue(dialogs.lastProblems.stream().allMatch(p -> !p.isError() && p.jsonPath().startsWith("$.scenarios[3].")),
                "Scenario 4 has the demand but no hall yet: warnings only, " + dialogs.lastProblems);
        assertEquals(List.of(), dialogs.asked.stream().filter(a -> a.startsWith("error")).toList());
    }
}
