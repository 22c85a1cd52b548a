package dev.hallplan.app.desktop;

import dev.hallplan.catalog.CatalogLoader;
import dev.hallplan.engine.perf.ModelZoo;

/** Starts the JavaFX application. */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        // The built-in catalog and model zoo (loaded once per JVM) load on the second core while
        // JavaFX starts, instead of after it on the FX thread (docs/performance.md).
        Thread preload = new Thread(() -> {
            CatalogLoader.builtIn();
            ModelZoo.builtIn();
        }, "hallplan-preload");
        preload.setDaemon(true);
        preload.start();
        javafx.application.Application.launch(HallPlanApp.class, args);
    }
}
