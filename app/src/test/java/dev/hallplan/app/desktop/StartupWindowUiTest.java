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
    private static final java.util.concurrent.ExecutorService WORKER = java.util.concurrent.Executors.newSingleThreadExecutor();
    private StartupState state;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        state = new StartupState(WORKER, javafx.application.Platform::runLater);
        scene = new Scene(new MainWindow(state.hall, state.catalogBrowser, state.plan), 1280, 860);
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

    @Test
    void solvingTheDefaultSampleColoursTheFloorByPlannedPowerAndShowsKeyFigures(FxRobot robot) throws Exception {
        robot.clickOn("#solve-button");
        org.testfx.util.WaitForAsyncUtils.waitFor(120, java.util.concurrent.TimeUnit.SECONDS,
                () -> state.plan.reportProperty().get() != null);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(state.plan.kpis().stream().anyMatch(k -> k.label().equals("Annual PUE")), state.plan.kpis().toString());
        // the floor's caption and the plan panel give the hall's IT at planned full load as one value under one label
        // (they once showed 349 kW "IT at planned peak" beside 346 kW "IT / facility power at peak")
        String label = dev.hallplan.engine.kpi.Figure.IT_FULL_LOAD.label();
        String value = state.plan.kpis().stream().filter(k -> k.label().equals(label)).findFirst().orElseThrow().value();
        assertTrue(state.hall.captionProperty().get().contains(label + " " + value), state.hall.captionProperty().get());
        assertTrue(state.hall.tiles().stream().allMatch(t -> t.powerUse() <= 1.0), "a feasible plan keeps every rack within its limit");
        Path png = Screenshots.save(scene, "planned");
        assertTrue(Files.size(png) > 10_000);
    }
}
