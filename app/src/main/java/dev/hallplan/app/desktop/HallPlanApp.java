package dev.hallplan.app.desktop;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The HallPlan desktop application: opens on the default sample with the built-in catalog. */
public final class HallPlanApp extends Application {
    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        StartupState state = new StartupState();
        stage.setTitle(state.title());
        stage.setScene(new Scene(new MainWindow(state.hall, state.catalogBrowser), 1280, 800));
        stage.show();
    }
}
