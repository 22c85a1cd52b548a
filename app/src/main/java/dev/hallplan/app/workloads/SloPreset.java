package dev.hallplan.app.workloads;

import dev.hallplan.engine.perf.Slo;
import dev.hallplan.engine.project.LatencySlo;
import java.util.Arrays;

/**
 * The latency targets a workload's SLO cell offers. The limits are the estimator's own constants
 * ({@link Slo#INTERACTIVE}: MLPerf v5.0 Llama-2-70B interactive, 450 ms TTFT / 40 ms TPOT;
 * {@link Slo#MLPERF_SERVER}: MLPerf server scenario, 2 s / 200 ms), so the table, the explorer and
 * the solver name the same numbers.
 */
public enum SloPreset {
    INTERACTIVE("Interactive (450 ms / 40 ms)"),
    CHAT("Chat (2 s / 200 ms)"),
    BATCH("Batch (no limit)"),
    CUSTOM("Custom");

    private final String label;

    SloPreset(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The preset's limits on {@code current}'s statistic (mean unless the user picked p99); BATCH has
     * no limits and so no statistic (mean); CUSTOM has none of its own and keeps {@code current}.
     *
     * @param current the workload's target now; null for a new workload (then mean, and CUSTOM gives null)
     */
    public LatencySlo apply(LatencySlo current) {
        if (current == null && this != CUSTOM) {
            return apply(new LatencySlo(0, 0, 0));
        }
        return switch (this) {
            case INTERACTIVE -> current.withLimits(Slo.INTERACTIVE.ttftSeconds(), Slo.INTERACTIVE.tpotSeconds(), 0);
            case CHAT -> current.withLimits(Slo.MLPERF_SERVER.ttftSeconds(), Slo.MLPERF_SERVER.tpotSeconds(), 0);
            case BATCH -> new LatencySlo(0, 0, 0);
            case CUSTOM -> current;
        };
    }

    /** The preset whose limits {@code slo} has (on either statistic), else CUSTOM. */
    public static SloPreset of(LatencySlo slo) {
        return Arrays.stream(values()).filter(p -> p != CUSTOM && p.apply(slo).equals(slo)).findFirst().orElse(CUSTOM);
    }

    /** The preset whose {@link #label()} is {@code label}. */
    public static SloPreset byLabel(String label) {
        return Arrays.stream(values()).filter(p -> p.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown SLO preset '" + label + "'"));
    }

    @Override
    public String toString() {
        return label;
    }
}
