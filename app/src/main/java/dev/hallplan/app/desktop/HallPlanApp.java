package dev.hallplan.app.desktop;

import atlantafx.base.theme.PrimerLight;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The HallPlan desktop application: opens on the default sample with the built-in catalog. */
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
        StartupState state = new StartupState(worker, Platform::runLater);
        stage.setTitle(state.title());
        stage.setScene(new Scene(new MainWindow(state.hall, state.catalogBrowser, state.plan), 1280, 860));
        stage.show();
    }

    @Override
    public void stop() {
        worker.shutdownNow();
    }
}
