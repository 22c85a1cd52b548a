package dev.hallplan.app.cli;

import dev.hallplan.catalog.CatalogLoader;
import dev.hallplan.engine.perf.ModelZoo;
import dev.hallplan.engine.plan.ReplicaSizing;
import dev.hallplan.engine.usecase.ProjectGate;

/** The built-in catalog and model zoo bound to the estimator, built once per command-line run. */
final class Engines {
    private static ReplicaSizing sizing;

    private Engines() {
    }

    /** The validation every command runs on a project file before using it. */
    static ProjectGate gate() {
        return new ProjectGate(sizing());
    }

    /**
     * Starts loading the built-in catalog and model zoo (each loaded once per JVM) on a second
     * thread, so that on a 2-core machine they load while picocli builds its command model.
     */
    static void preloadInBackground() {
        Thread t = new Thread(() -> {
            CatalogLoader.builtIn();
            ModelZoo.builtIn();
        }, "hallplan-preload");
        t.setDaemon(true);
        t.start();
    }

    static synchronized ReplicaSizing sizing() {
        if (sizing == null) {
            sizing = new ReplicaSizing(CatalogLoader.builtIn(), ModelZoo.builtIn());
        }
        return sizing;
    }
}
