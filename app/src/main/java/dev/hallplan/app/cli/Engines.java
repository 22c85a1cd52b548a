package dev.hallplan.app.cli;

import dev.hallplan.catalog.CatalogLoader;
import dev.hallplan.engine.perf.ModelZoo;
import dev.hallplan.engine.plan.ReplicaSizing;

/** The built-in catalog and model zoo bound to the estimator, built once per command-line run. */
final class Engines {
    private static ReplicaSizing sizing;

    private Engines() {
    }

    static synchronized ReplicaSizing sizing() {
        if (sizing == null) {
            sizing = new ReplicaSizing(CatalogLoader.builtIn(), ModelZoo.builtIn());
        }
        return sizing;
    }
}
