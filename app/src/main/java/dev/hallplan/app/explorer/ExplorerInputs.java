package dev.hallplan.app.explorer;

import dev.hallplan.catalog.Precision;
import dev.hallplan.engine.perf.Slo;
import dev.hallplan.reports.charts.LatencyThroughputDataset.Latency;
import java.util.List;
import java.util.Objects;

/**
 * What the estimator explorer compares: one model on up to four chips.
 *
 * @param chipIds     accelerator or server ids of the catalog, 1 to 4; a server brings its scale-up
 *                    domain (which link tensor parallelism uses) and its host power
 * @param engineId    serving engine id; null: vllm for LLMs, triton for one-pass models (as {@code hallplan estimate})
 * @param precision   null: every precision the chip and engine run is searched; else only this one
 * @param slo         the latency limits the best point must meet ({@link Slo#NONE}: none)
 * @param latency     which latency the chart's axis shows
 */
public record ExplorerInputs(String modelId, List<String> chipIds, String engineId, Precision precision,
                             int inputTokens, int outputTokens, Slo slo, Latency latency) {
    /** At most this many chips are compared at once. */
    public static final int MAX_CHIPS = 4;

    public ExplorerInputs {
        Objects.requireNonNull(modelId, "modelId");
        chipIds = List.copyOf(chipIds);
        if (chipIds.isEmpty() || chipIds.size() > MAX_CHIPS) {
            throw new IllegalArgumentException("pick 1 to " + MAX_CHIPS + " accelerators or servers, not " + chipIds.size());
        }
        if (inputTokens < 1) {
            throw new IllegalArgumentException("input tokens must be 1 or more, was " + inputTokens);
        }
        if (outputTokens < 1) {
            throw new IllegalArgumentException("output tokens must be 1 or more, was " + outputTokens);
        }
        Objects.requireNonNull(slo, "slo");
        Objects.requireNonNull(latency, "latency");
    }
}
