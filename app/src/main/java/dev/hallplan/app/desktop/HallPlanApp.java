package dev.hallplan.app.desktop;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The HallPlan desktop application (placeholder until the main window lands). */
public final class HallPlanApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("HallPlan");
        stage.setScene(new Scene(new Label("HallPlan"), 800, 600));
        stage.show();
    }
}
