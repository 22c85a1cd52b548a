package dev.hallplan.app.desktop;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The HallPlan desktop application: opens the project file given as its one parameter (a
 * double-click on a .hallplan.json file), or the default sample, with the built-in catalog.
 */
public final class HallPlanApp extends Application {
    /** Long work (solve, report) runs here, never on the FX thread. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "hallplan-worker");
        t.setDaemon(true);
        return t;
    });

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        List<String> files = getParameters().getRaw();
        StartupState state = files.isEmpty() ? new StartupState(worker, Platform::runLater)
                : new StartupState(worker, Platform::runLater, OpenedProject.load(Path.of(files.get(0))));
        stage.setTitle(state.title());
        stage.setScene(new Scene(new MainWindow(state.hall, state.catalogBrowser, state.plan), 1280, 860));
        FirstFrame.reportWhenShown(stage);
        stage.show();
    }

    @Override
    public void stop() {
        worker.shutdownNow();
    }
}
