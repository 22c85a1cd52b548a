package dev.hallplan.catalog;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A serving engine's profile, as the throughput estimator uses it.
 *
 * @param memoryBandwidthEfficiency achieved fraction of peak memory bandwidth where no calibration row applies (0..1]
 * @param computeEfficiency         achieved fraction of dense peak FLOP/s (at the clock the power limit allows)
 *                                  where no calibration row applies (0..1]
 * @param stepOverheadSeconds       fixed per-step cost (scheduling, kernel launches, sampling); small where
 *                                  the engine captures decode in CUDA graphs
 * @param runtimeReserveBytes       device memory the engine keeps for itself (CUDA graphs, workspace)
 * @param kvCacheUtilization        fraction of the memory left after weights, activations and reserve that the KV
 *                                  cache takes (TensorRT-LLM's free-memory fraction; 1 for engines that size by
 *                                  {@code memoryUtilization})
 * @param continuousBatching        true when requests join and leave a running batch
 * @param precisions                formats the engine can serve
 * @param memoryUtilization         fraction of total device memory the engine may use at all (vLLM's
 *                                  gpu_memory_utilization); 0 in a file means 1
 * @param maxConcurrentSequences    the engine's default cap on running sequences (vLLM max_num_seqs); 0 = no cap
 * @param prefillChunkTokens        tokens one engine step may schedule (vLLM max_num_batched_tokens, TensorRT-LLM
 *                                  max_num_tokens): longer prompts are prefilled in chunks of this size; 0 = one piece
 * @param kvCacheDtype              KV-cache format by default, or null to follow the arithmetic (8-bit or narrower
 *                                  arithmetic keeps an FP8 cache, wider a 16-bit one)
 * @param fp8Attention              true when the engine computes attention in FP8 on an FP8 KV cache (where the chip can)
 * @param calibrations              efficiencies fitted per (accelerator family, precision), each with its source;
 *                                  never null
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
        double memoryUtilization,
        int maxConcurrentSequences,
        int prefillChunkTokens,
        Precision kvCacheDtype,
        boolean fp8Attention,
        List<Calibration> calibrations,
        Sources sources) implements CatalogEntry {

    /**
     * Efficiencies of one engine on one accelerator family at one arithmetic precision, fitted to the
     * measurements named in {@code source} (see docs/throughput-model.md, "Calibration").
     *
     * @param family                    accelerator family, as {@link Accelerator#family()}
     * @param precision                 arithmetic precision the factors apply to
     * @param computeEfficiency         achieved fraction of dense peak at the power-limited clock (0..1]
     * @param memoryBandwidthEfficiency achieved fraction of peak bandwidth, or 0 for the engine's
     * @param source                    the measurements the factors were fitted to; never blank
     * @param note                      how they were fitted; may be empty, never null
     */
    public record Calibration(String family, Precision precision, double computeEfficiency,
                              double memoryBandwidthEfficiency, String source, String note) {
        public Calibration {
            if (family == null || family.isBlank()) {
                throw new IllegalArgumentException("calibration family must not be blank");
            }
            Objects.requireNonNull(precision, "calibration precision");
            if (!(computeEfficiency > 0 && computeEfficiency <= 1)) {
                throw new IllegalArgumentException("calibration " + family + "/" + precision
                        + ": computeEfficiency must be within (0, 1], was " + computeEfficiency);
            }
            if (!(memoryBandwidthEfficiency >= 0 && memoryBandwidthEfficiency <= 1)) {
                throw new IllegalArgumentException("calibration " + family + "/" + precision
                        + ": memoryBandwidthEfficiency must be within 0..1, was " + memoryBandwidthEfficiency);
            }
            if (source == null || source.isBlank()) {
                throw new IllegalArgumentException("calibration " + family + "/" + precision + " needs a source");
            }
            note = note == null ? "" : note;
        }
    }

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
        CatalogChecks.fraction(id, "memoryUtilization", memoryUtilization);
        memoryUtilization = memoryUtilization == 0 ? 1.0 : memoryUtilization;
        CatalogChecks.nonNegative(id, "maxConcurrentSequences", maxConcurrentSequences);
        CatalogChecks.nonNegative(id, "prefillChunkTokens", prefillChunkTokens);
        precisions = precisions == null || precisions.isEmpty() ? Set.of() : EnumSet.copyOf(precisions);
        precisions = Collections.unmodifiableSet(precisions);
        calibrations = calibrations == null ? List.of() : List.copyOf(calibrations);
        sources = sources == null ? Sources.of(Map.of()) : sources;
    }

    /**
     * A profile without the issue-14 fields: whole memory usable, no sequence cap, prompts prefilled in
     * one piece, KV and attention follow the arithmetic, no calibrations.
     */
    public ServingEngine(String id, String name, double memoryBandwidthEfficiency, double computeEfficiency,
                         double stepOverheadSeconds, long runtimeReserveBytes, double kvCacheUtilization,
                         boolean continuousBatching, Set<Precision> precisions, Sources sources) {
        this(id, name, memoryBandwidthEfficiency, computeEfficiency, stepOverheadSeconds, runtimeReserveBytes,
                kvCacheUtilization, continuousBatching, precisions, 1.0, 0, 0, null, false, List.of(), sources);
    }

    /** The calibration row for {@code family} and {@code precision}, empty when none was fitted. */
    public Optional<Calibration> calibration(String family, Precision precision) {
        for (Calibration c : calibrations) {
            if (c.family().equals(family) && c.precision() == precision) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
