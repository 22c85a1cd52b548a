package dev.hallplan.app.desktop;

/** Starts the JavaFX application. */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        javafx.application.Application.launch(HallPlanApp.class, args);
    }
}
