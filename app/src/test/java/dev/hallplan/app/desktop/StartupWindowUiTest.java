package dev.hallplan.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import dev.hallplan.app.catalog.CatalogRow;
import dev.hallplan.app.hall.RackTile;
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

/** The window as a user first sees it: the built-in catalog and the default sample's hall. Screenshot: target/screenshots/startup.png. */
@ExtendWith(ApplicationExtension.class)
class StartupWindowUiTest {
    private StartupState state;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        state = new StartupState();
        scene = new Scene(new MainWindow(state.hall, state.catalogBrowser), 1280, 800);
        stage.setTitle(state.title());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void opensOnTheDefaultSampleWithTheBuiltInCatalog(FxRobot robot) throws Exception {
        TableView<CatalogRow> table = robot.lookup("#catalog-table").queryTableView();
        assertEquals(state.catalog.accelerators().size(), table.getItems().size());
        assertTrue(table.getItems().stream().anyMatch(r -> r.id().equals("nvidia-h100-sxm")));
        long racks = state.project.scenarios().get(0).halls().get(0).racks().count();
        assertEquals(racks, state.hall.tiles().size());
        assertTrue(state.hall.tiles().stream().mapToDouble(RackTile::powerUse).allMatch(u -> u > 0.5 && u <= 1.0),
                "at nameplate every rack of the sample is well loaded and within its limit");
        assertTrue(state.hall.captionProperty().get().contains("IT at nameplate"), state.hall.captionProperty().get());
        Path png = Screenshots.save(scene, "startup");
        assertTrue(Files.size(png) > 10_000);
    }
}
