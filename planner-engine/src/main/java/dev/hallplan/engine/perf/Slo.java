package dev.hallplan.engine.perf;

/**
 * Latency limits a served operating point must meet.
 *
 * @param ttftSeconds time to first token for LLMs; for one-pass models (embedding, ranking,
 *                    speech, vision) the limit on the whole query latency
 * @param tpotSeconds time per output token for LLMs (ignored for one-pass models)
 */
public record Slo(double ttftSeconds, double tpotSeconds) {
    /** MLPerf Inference Llama-2-70B server scenario: 2 s TTFT, 200 ms TPOT. */
    public static final Slo MLPERF_SERVER = new Slo(2.0, 0.200);
    /** MLPerf Inference v5.0 Llama-2-70B interactive scenario: 450 ms TTFT, 40 ms TPOT. */
    public static final Slo INTERACTIVE = new Slo(0.450, 0.040);
    /** No latency limit (offline batch work): only memory bounds the batch. */
    public static final Slo NONE = new Slo(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);

    public Slo {
        if (!(ttftSeconds > 0) || !(tpotSeconds > 0)) {
            throw new IllegalArgumentException("SLO limits must be positive, was ttft=" + ttftSeconds
                    + " s, tpot=" + tpotSeconds + " s");
        }
    }

    /** True when {@code e} fits and meets both limits. */
    public boolean isMetBy(Estimate e) {
        return e.fits() && e.ttftSeconds() <= ttftSeconds
                && (!e.tokensGenerated() || e.tpotSeconds() <= tpotSeconds);
    }
}
