package dev.hallplan.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import dev.hallplan.app.catalog.CatalogBrowserViewModel;
import dev.hallplan.app.catalog.CatalogRow;
import dev.hallplan.app.hall.HallViewModel;
import dev.hallplan.app.plan.PlanViewModel;
import dev.hallplan.app.testutil.TestCatalogs;
import dev.hallplan.app.testutil.TestHalls;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Headless (Monocle) test of the main window; saves a screenshot to target/screenshots/ for a person to look at. */
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {
    private final HallViewModel hall = new HallViewModel();
    private final CatalogBrowserViewModel catalog = new CatalogBrowserViewModel();
    private Scene scene;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        catalog.catalogProperty().set(TestCatalogs.small());
        hall.hallProperty().set(TestHalls.twoRows());
        hall.setPowerUse(TestHalls::powerUse);
        PlanViewModel plan = new PlanViewModel((p, sc, seconds, progress) -> {
            throw new UnsupportedOperationException("not solved in this test");
        }, Runnable::run, Runnable::run);
        scene = new Scene(new MainWindow(hall, catalog, plan), 1280, 800);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void showsCatalogAndFloorAndFiltersAsYouType(FxRobot robot) throws Exception {
        TableView<CatalogRow> table = robot.lookup("#catalog-table").queryTableView();
        assertEquals(3, table.getItems().size());
        assertTrue(robot.lookup("#hall-canvas").tryQuery().isPresent());

        robot.clickOn("#catalog-filter").write("AMD");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, table.getItems().size());
        assertEquals("gpu-c", table.getItems().get(0).id());

        robot.interact(() -> robot.lookup("#catalog-filter").queryTextInputControl().clear());
        assertEquals(3, table.getItems().size(), "clearing the filter shows every entry again");
        WaitForAsyncUtils.waitForFxEvents();
        Path png = Screenshots.save(scene, "main-window");
        assertTrue(Files.size(png) > 10_000, "a real screenshot, not an empty image");
    }
}
