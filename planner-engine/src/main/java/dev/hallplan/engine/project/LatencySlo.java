package dev.hallplan.engine.project;

/**
 * A workload's latency target. For LLMs time to first token and time per output token; for
 * single-shot models (ranking, embeddings) the query latency. A field of 0 means "no limit".
 *
 * @param statistic which statistic the limits bound, nullable: {@code null} (or {@value #MEAN}, which
 *                  is stored as null so files without the field load and save unchanged) for the
 *                  steady-state means at the full batch, {@value #P99} for 99th percentiles under
 *                  Poisson arrivals (MLPerf's server-scenario check; LLMs only, one-pass models
 *                  have no tail model and keep the mean; docs/throughput-model.md, "Tail latency")
 */
public record LatencySlo(double ttftSeconds, double tpotSeconds, double queryLatencySeconds, String statistic) {
    /** Limits on the steady-state means (the default). */
    public static final String MEAN = "mean";
    /** Limits on the 99th percentiles under Poisson arrivals. */
    public static final String P99 = "p99";

    public LatencySlo {
        Checks.nonNegative("ttftSeconds", ttftSeconds);
        Checks.nonNegative("tpotSeconds", tpotSeconds);
        Checks.nonNegative("queryLatencySeconds", queryLatencySeconds);
        if (statistic != null && !statistic.equals(MEAN) && !statistic.equals(P99)) {
            throw new IllegalArgumentException("statistic must be \"mean\" or \"p99\", was \"" + statistic + "\"");
        }
        statistic = P99.equals(statistic) ? P99 : null;
    }

    /** Limits on the steady-state means. */
    public LatencySlo(double ttftSeconds, double tpotSeconds, double queryLatencySeconds) {
        this(ttftSeconds, tpotSeconds, queryLatencySeconds, null);
    }

    public static LatencySlo llm(double ttftSeconds, double tpotSeconds) {
        return new LatencySlo(ttftSeconds, tpotSeconds, 0);
    }

    public static LatencySlo query(double latencySeconds) {
        return new LatencySlo(0, 0, latencySeconds);
    }

    /** True when the limits bound 99th percentiles. */
    public boolean onP99() {
        return statistic != null;
    }

    /** {@value #MEAN} or {@value #P99}, never null. */
    public String statisticName() {
        return onP99() ? P99 : MEAN;
    }

    /** These limits on {@code statisticName} ({@value #MEAN} or {@value #P99}). */
    public LatencySlo withStatistic(String statisticName) {
        return new LatencySlo(ttftSeconds, tpotSeconds, queryLatencySeconds, statisticName);
    }

    /** The same statistic with other limits (seconds, 0 = no limit). */
    public LatencySlo withLimits(double ttftSeconds, double tpotSeconds, double queryLatencySeconds) {
        return new LatencySlo(ttftSeconds, tpotSeconds, queryLatencySeconds, statistic);
    }
}
