package dev.hallplan.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.file.ProjectProblem;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
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

/** Opening a broken file shows the real problems dialog (screenshot: error-dialog) and leaves the open project alone. */
@ExtendWith(ApplicationExtension.class)
class BadFileUiTest {
    private DesktopFixture app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = new DesktopFixture(stage, s -> new FxDialogs(() -> s));
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theDialogListsEveryProblemWithItsJsonPathAndTheOpenProjectIsUnchanged(FxRobot robot) throws Exception {
        Path good = app.sampleCopy("default", "good");
        robot.interact(() -> app.workbench.documents().open(good));
        DesktopFixture.waitFor(60, "the good file", () -> app.workbench.document().projectProperty().get() != null);
        Project before = app.workbench.document().projectProperty().get();
        String title = stage.getTitle();

        Path bad = app.dir.resolve("many-problems.hallplan.json");
        try (InputStream in = getClass().getResourceAsStream("/dev/hallplan/app/cli/many-problems.hallplan.json")) {
            Files.copy(in, bad);
        }
        app.files.choices.add(bad);
        robot.push(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        DesktopFixture.waitFor(60, "the problems dialog", () -> robot.lookup("#problems-dialog").tryQuery().isPresent());

        DialogPane dialog = robot.lookup("#problems-dialog").queryAs(DialogPane.class);
        TableView<ProjectProblem> table = robot.from(dialog).lookup("#problem-table").queryTableView();
        assertTrue(table.getItems().size() > 3, table.getItems().toString());
        assertTrue(table.getItems().stream().allMatch(p -> p.jsonPath().startsWith("$")));
        assertTrue(table.getItems().stream().anyMatch(p -> p.jsonPath().startsWith("$.scenarios[0].")), table.getItems().toString());
        assertTrue(dialog.getHeaderText().contains("the open project is unchanged"), dialog.getHeaderText());
        Screenshots.save(dialog.getScene(), "error-dialog");

        robot.interact(() -> ((javafx.scene.control.Button) dialog.lookupButton(ButtonType.CLOSE)).fire());
        DesktopFixture.waitFor(10, "the dialog to close", () -> robot.lookup("#problems-dialog").tryQuery().isEmpty());
        assertSame(before, app.workbench.document().projectProperty().get());
        assertEquals(title, stage.getTitle());
    }
}
