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
     * Starts loading the built-in catalog and the model zoo (each loaded once per JVM) on two
     * threads of their own, so that they load beside each other and beside picocli building its
     * command model (one after the other they held a cold {@code estimate} ~0.2 s longer).
     */
    static void preloadInBackground() {
        startDaemon("hallplan-preload-catalog", CatalogLoader::builtIn);
        startDaemon("hallplan-preload-zoo", ModelZoo::builtIn);
    }

    private static void startDaemon(String name, Runnable load) {
        Thread t = new Thread(load, name);
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
