package dev.hallplan.app.testutil;

import dev.hallplan.catalog.CatalogLoader;
import dev.hallplan.engine.perf.ModelZoo;
import dev.hallplan.engine.plan.ReplicaSizing;

/** The built-in catalog and model zoo, loaded once for all tests of the module (it takes seconds). */
public final class TestEngine {
    private static ReplicaSizing sizing;

    private TestEngine() {
    }

    public static synchronized ReplicaSizing sizing() {
        if (sizing == null) {
            sizing = new ReplicaSizing(CatalogLoader.builtIn(), ModelZoo.builtIn());
        }
        return sizing;
    }
}
