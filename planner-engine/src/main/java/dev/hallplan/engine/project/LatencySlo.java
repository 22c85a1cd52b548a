package dev.hallplan.engine.project;

/**
 * A workload's latency target. For LLMs time to first token and time per output token; for
 * single-shot models (ranking, embeddings) the query latency. A field of 0 means "no limit".
 */
public record LatencySlo(double ttftSeconds, double tpotSeconds, double queryLatencySeconds) {
    public LatencySlo {
        Checks.nonNegative("ttftSeconds", ttftSeconds);
        Checks.nonNegative("tpotSeconds", tpotSeconds);
        Checks.nonNegative("queryLatencySeconds", queryLatencySeconds);
    }

    public static LatencySlo llm(double ttftSeconds, double tpotSeconds) {
        return new LatencySlo(ttftSeconds, tpotSeconds, 0);
    }

    public static LatencySlo query(double latencySeconds) {
        return new LatencySlo(0, 0, latencySeconds);
    }
}
