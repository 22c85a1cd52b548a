package dev.hallplan.app.desktop;

import dev.hallplan.app.services.SettingsStore;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers the window's position, size, maximized state and split positions between sessions. */
final class WindowSettings {
    static final double DEFAULT_WIDTH = 1360;
    static final double DEFAULT_HEIGHT = 880;

    private WindowSettings() {
    }

    /** Puts the window where it was, if that is still on a screen; else a default size, centred. */
    static void restore(Stage stage, MainWindow window, SettingsStore s) {
        double x = s.getDouble("window.x", Double.NaN);
        double y = s.getDouble("window.y", Double.NaN);
        double w = s.getDouble("window.width", DEFAULT_WIDTH);
        double h = s.getDouble("window.height", DEFAULT_HEIGHT);
        stage.setWidth(w);
        stage.setHeight(h);
        if (!Double.isNaN(x) && !Double.isNaN(y) && !Screen.getScreensForRectangle(new Rectangle2D(x, y, w, h)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(s.get("window.maximized").map(Boolean::parseBoolean).orElse(false));
        window.setSplitPositions(s.getDouble("split.side", 0.19), s.getDouble("split.bottom", 0.5));
    }

    static void save(Stage stage, MainWindow window, SettingsStore s) {
        s.put("window.maximized", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized()) {
            s.put("window.x", Double.toString(stage.getX()));
            s.put("window.y", Double.toString(stage.getY()));
            s.put("window.width", Double.toString(stage.getWidth()));
            s.put("window.height", Double.toString(stage.getHeight()));
        }
        double[] splits = window.splitPositions();
        s.put("split.side", Double.toString(splits[0]));
        s.put("split.bottom", Double.toString(splits[1]));
    }
}
