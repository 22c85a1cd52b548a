package dev.hallplan.catalog;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A serving engine's efficiency profile, as the throughput estimator uses it.
 *
 * @param memoryBandwidthEfficiency achieved fraction of peak memory bandwidth in decode (0..1]
 * @param computeEfficiency         achieved fraction of dense peak FLOP/s in prefill (0..1]
 * @param stepOverheadSeconds       fixed per-step cost (scheduling, kernel launches, sampling)
 * @param runtimeReserveBytes       device memory the engine keeps for itself (CUDA graphs, workspace)
 * @param kvCacheUtilization        usable fraction of the memory set aside for KV cache (paged attention near 1)
 * @param continuousBatching        true when requests join and leave a running batch
 * @param precisions                formats the engine can serve
 */
public record ServingEngine(
        String id,
        String name,
        double memoryBandwidthEfficiency,
        double computeEfficiency,
        double stepOverheadSeconds,
        long runtimeReserveBytes,
        double kvCacheUtilization,
        boolean continuousBatching,
        Set<Precision> precisions,
        Sources sources) implements CatalogEntry {

    public ServingEngine {
        CatalogChecks.id(id);
        Objects.requireNonNull(name, "name");
        CatalogChecks.positive(id, "memoryBandwidthEfficiency", memoryBandwidthEfficiency);
        CatalogChecks.fraction(id, "memoryBandwidthEfficiency", memoryBandwidthEfficiency);
        CatalogChecks.positive(id, "computeEfficiency", computeEfficiency);
        CatalogChecks.fraction(id, "computeEfficiency", computeEfficiency);
        CatalogChecks.nonNegative(id, "stepOverheadSeconds", stepOverheadSeconds);
        CatalogChecks.nonNegative(id, "runtimeReserveBytes", runtimeReserveBytes);
        CatalogChecks.positive(id, "kvCacheUtilization", kvCacheUtilization);
        CatalogChecks.fraction(id, "kvCacheUtilization", kvCacheUtilization);
        precisions = precisions == null || precisions.isEmpty() ? Set.of() : java.util.EnumSet.copyOf(precisions);
        precisions = java.util.Collections.unmodifiableSet(precisions);
        sources = sources == null ? Sources.of(Map.of()) : sources;
    }
}
