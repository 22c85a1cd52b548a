package dev.hallplan.sweeps.point;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CatalogLoader;
import dev.hallplan.engine.perf.ModelZoo;
import dev.hallplan.engine.plan.ReplicaSizing;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.file.ProjectFiles;
import dev.hallplan.engine.project.file.ProjectLoadException;
import dev.hallplan.sweeps.spec.Axis;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What every point on one JVM (a Spark executor, or the driver in local mode) shares, built once
 * on first use: the built-in catalog and model zoo, the parsed base project, and the estimator
 * bindings, one per distinct set of hardware-price multipliers (so their caches of estimates are
 * reused by every point with the same prices). Nothing here is serialized; tasks carry only the
 * project text and its hash.
 */
final class ExecutorEngines {
    /** Estimator bindings kept per JVM; a Latin hypercube over prices makes every point distinct. */
    private static final int MAX_SIZINGS = 32;
    private static Catalog catalog;
    private static ModelZoo zoo;
    private static final Map<String, Project> PROJECTS = new LinkedHashMap<>();
    private static final Map<String, ReplicaSizing> SIZINGS = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ReplicaSizing> eldest) {
            return size() > MAX_SIZINGS;
        }
    };

    private ExecutorEngines() {
    }

    /** The base project with {@code hash}, parsed from {@code json} the first time. */
    static synchronized Project project(String hash, String json, String source) {
        Project p = PROJECTS.get(hash);
        if (p == null) {
            try {
                p = ProjectFiles.parse(json, source);
            } catch (ProjectLoadException ex) {
                throw new IllegalArgumentException(ex.getMessage(), ex);
            }
            PROJECTS.clear(); // one sweep at a time per JVM: keep only the current project
            PROJECTS.put(hash, p);
        }
        return p;
    }

    /** The estimator binding for a catalog with {@code prices} applied (the built-in catalog when empty). */
    static synchronized ReplicaSizing sizing(Map<Axis, Double> prices) {
        if (catalog == null) {
            catalog = CatalogLoader.builtIn();
            zoo = ModelZoo.builtIn();
        }
        String key = prices.entrySet().stream().filter(e -> e.getValue() != 1.0)
                .map(e -> e.getKey().name() + "=" + e.getValue()).collect(Collectors.joining(","));
        return SIZINGS.computeIfAbsent(key, k -> new ReplicaSizing(
                k.isEmpty() ? catalog : HardwarePrices.scaled(catalog, prices), zoo));
    }
}
