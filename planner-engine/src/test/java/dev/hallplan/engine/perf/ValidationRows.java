package dev.hallplan.engine.perf;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hallplan.catalog.Precision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The versioned measurements the estimator is validated against
 * ({@code validation/mlperf-rows.json}: MLPerf Inference closed Offline results, each with the file
 * it comes from). Used by {@link ValidationTableTest} to rebuild the docs table.
 */
record ValidationRows(int formatVersion, String description, List<Row> rows) {
    static final String RESOURCE = "validation/mlperf-rows.json";

    /**
     * One measured result.
     *
     * @param set                    "calibration" (used to fit something) or "held-out" (used for nothing)
     * @param fits                   what a calibration row fits: "efficiency" or "power-law"; null when held out
     * @param tensorParallel         the submission's tensor degree, or null to let the estimator search it
     * @param maxConcurrentSequences the submission's running-sequence cap, 0 for the engine's default
     * @param prefillChunkTokens     the submission's prefill token budget per step (TensorRT-LLM's runtime
     *                               {@code max_num_tokens}), 0 (or absent) for the engine's default
     * @param powerCapWatts          the submission's power limit, or null for the TDP
     * @param measuredSystem         the log's tokens/s (or queries/s) for the whole system
     * @param accelerators           accelerators of the system
     * @param measuredSystemWatts    MLPerf Power's average wall power of the system over the run, or null
     * @param powerServer            catalog server whose host overhead the power comparison charges, or null
     */
    record Row(String id, String set, String fits, String model, String accelerator, String server, String engine,
               Precision precision, Integer tensorParallel, int pipelineParallel, Precision kvCacheDtype,
               int maxConcurrentSequences, int prefillChunkTokens, Double powerCapWatts, int inputTokens, int outputTokens, String scenario,
               String unit, double measuredSystem, int accelerators, String round, String repository, String path,
               String configuration, String note, Double measuredSystemWatts, String powerServer) {

        double measuredPerAccelerator() {
            return measuredSystem / accelerators;
        }

        boolean heldOut() {
            return "held-out".equals(set);
        }

        boolean fitsEfficiency() {
            return "efficiency".equals(fits);
        }
    }

    static ValidationRows load() {
        try (InputStream in = ValidationRows.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCE);
            }
            return new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, ValidationRows.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
