package dev.hallplan.engine.perf;

/**
 * Latency limits a served operating point must meet, on the mean or the 99th percentile.
 *
 * @param ttftSeconds time to first token for LLMs; for one-pass models (embedding, ranking,
 *                    speech, vision) the limit on the whole query latency
 * @param tpotSeconds time per output token for LLMs (ignored for one-pass models)
 * @param statistic   {@link RunConditions#MEAN} (steady-state means at the full batch) or
 *                    {@link RunConditions#P99} (99th percentiles under Poisson arrivals, as MLPerf's
 *                    server scenario checks them; docs/throughput-model.md, "Tail latency")
 */
public record Slo(double ttftSeconds, double tpotSeconds, String statistic) {
    /** MLPerf Inference Llama-2-70B server scenario limits: 2 s TTFT, 200 ms TPOT (on the mean; {@link #onP99()} for MLPerf's check). */
    public static final Slo MLPERF_SERVER = new Slo(2.0, 0.200);
    /** MLPerf Inference v5.0 Llama-2-70B interactive scenario limits: 450 ms TTFT, 40 ms TPOT (on the mean). */
    public static final Slo INTERACTIVE = new Slo(0.450, 0.040);
    /** No latency limit (offline batch work): only memory bounds the batch. */
    public static final Slo NONE = new Slo(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);

    public Slo {
        if (!(ttftSeconds > 0) || !(tpotSeconds > 0)) {
            throw new IllegalArgumentException("SLO limits must be positive, was ttft=" + ttftSeconds
                    + " s, tpot=" + tpotSeconds + " s");
        }
        statistic = statistic == null ? RunConditions.MEAN : statistic;
        if (!statistic.equals(RunConditions.MEAN) && !statistic.equals(RunConditions.P99)) {
            throw new IllegalArgumentException("SLO statistic must be \"mean\" or \"p99\", was \"" + statistic + "\"");
        }
    }

    /** Limits on the steady-state means. */
    public Slo(double ttftSeconds, double tpotSeconds) {
        this(ttftSeconds, tpotSeconds, RunConditions.MEAN);
    }

    /** The same limits on the 99th percentiles under Poisson arrivals. */
    public Slo onP99() {
        return new Slo(ttftSeconds, tpotSeconds, RunConditions.P99);
    }

    /** True when the limits apply to 99th percentiles. */
    public boolean onTail() {
        return statistic.equals(RunConditions.P99);
    }

    /**
     * True when {@code e} fits and meets both limits. A p99 SLO is met by an LLM estimate only when
     * its latencies are p99 figures ({@link RunConditions#latencyStatistic()}); one-pass models have
     * no tail model, so their mean query latency is checked and their conditions say "mean".
     */
    public boolean isMetBy(Estimate e) {
        if (onTail() && e.tokensGenerated() && !RunConditions.P99.equals(e.conditions().latencyStatistic())) {
            return false;
        }
        return e.fits() && e.ttftSeconds() <= ttftSeconds
                && (!e.tokensGenerated() || e.tpotSeconds() <= tpotSeconds);
    }
}
