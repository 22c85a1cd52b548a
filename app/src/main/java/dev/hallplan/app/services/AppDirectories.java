package dev.hallplan.app.services;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where HallPlan keeps its settings and recovery files: the system property
 * {@value #SETTINGS_DIR_PROPERTY} when set (tests point it at a temporary folder), else the
 * platform's user configuration directory ({@code $XDG_CONFIG_HOME/hallplan} or
 * {@code ~/.config/hallplan} on Linux, {@code %APPDATA%\HallPlan} on Windows,
 * {@code ~/Library/Application Support/HallPlan} on macOS).
 */
public final class AppDirectories {
    /** System property naming the settings directory. */
    public static final String SETTINGS_DIR_PROPERTY = "hallplan.settingsDir";

    private AppDirectories() {
    }

    public static Path settingsDirectory() {
        String override = System.getProperty(SETTINGS_DIR_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") && System.getenv("APPDATA") != null) {
            return Path.of(System.getenv("APPDATA"), "HallPlan");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "HallPlan");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "hallplan") : Path.of(home, ".config", "hallplan");
    }
}
