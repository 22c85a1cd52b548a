package dev.hallplan.engine.perf;

import dev.hallplan.catalog.Precision;

import java.util.List;
import java.util.Objects;

/**
 * The estimator's answer for one operating point. Throughput and latency figures are per replica
 * (the whole tensor x pipeline group); power and memory figures are per accelerator. When
 * {@link #fits()} is false, {@link #reason()} says why and every rate is 0.
 *
 * <p>For one-pass models ({@link ModelKind#generatesTokens()} false) a "request" is a query:
 * {@code requestsPerSecond} is queries/s, {@code ttftSeconds} and {@code endToEndSeconds} are the
 * query latency, {@code prefillSeconds} and {@code decodeStepSeconds} the time of one batch, and
 * the token fields are 0. {@code low}/{@code high} bound the primary rate: output tokens/s for
 * LLMs, queries/s otherwise.
 *
 * @param maxBatch               largest batch that fits in memory at this shape and parallelism (0 if none)
 * @param contextTokens          KV length a decode step reads
 * @param bound                  what limits the dominant phase
 * @param prefillSeconds         prefill of one request of inputTokens alone on an idle replica
 * @param decodeStepSeconds      one decode step of the whole batch through all pipeline stages
 * @param weightsBytesPerDevice  weights held by one device
 * @param kvCacheBytesPerToken   KV cache one token of context takes on one device
 * @param kvCacheBytes           KV cache the running batch holds on one device (mean occupancy with paged KV, full length when reserved)
 * @param expertsTouchedPerLayer routed experts a decode step reads per MoE layer (expected value), 0 for dense models
 * @param acceleratorPowerWatts  average power of one accelerator over the serving cycle
 * @param powerWatts             acceleratorPowerWatts plus the server's host overhead share per accelerator
 * @param joulesPerOutputToken   energy per generated token at powerWatts (0 for one-pass models)
 * @param joulesPerRequest       energy per request or query at powerWatts
 * @param assumptions            what the figures rest on, in words; never null
 * @param conditions             power limit, clocks, link, KV format and efficiencies the figures ran under; never null
 */
public record Estimate(
        boolean fits,
        String reason,
        String modelId,
        ModelKind kind,
        String acceleratorId,
        String engineId,
        Precision weightPrecision,
        Precision computePrecision,
        Parallelism parallelism,
        int batch,
        int maxBatch,
        int inputTokens,
        int outputTokens,
        int contextTokens,
        Bound bound,
        double prefillSeconds,
        double decodeStepSeconds,
        double ttftSeconds,
        double tpotSeconds,
        double endToEndSeconds,
        double outputTokensPerSecond,
        double requestsPerSecond,
        double weightsBytesPerDevice,
        double kvCacheBytesPerToken,
        double kvCacheBytes,
        double expertsTouchedPerLayer,
        double acceleratorPowerWatts,
        double powerWatts,
        double joulesPerOutputToken,
        double joulesPerRequest,
        double low,
        double high,
        List<String> assumptions,
        RunConditions conditions) {

    public Estimate {
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(parallelism, "parallelism");
        Objects.requireNonNull(bound, "bound");
        Objects.requireNonNull(conditions, "conditions");
        reason = reason == null ? "" : reason;
        assumptions = assumptions == null ? List.of() : List.copyOf(assumptions);
        if (!fits && reason.isEmpty()) {
            throw new IllegalArgumentException("an estimate that does not fit must say why");
        }
    }

    /** True for LLM estimates (token rates meaningful), false for one-pass query models. */
    public boolean tokensGenerated() {
        return kind.generatesTokens();
    }

    /** Accelerators in the replica. */
    public int devices() {
        return parallelism.devices();
    }

    /** Output tokens/s divided by the replica's accelerators. */
    public double outputTokensPerSecondPerDevice() {
        return outputTokensPerSecond / devices();
    }

    /** Requests (or queries)/s divided by the replica's accelerators. */
    public double requestsPerSecondPerDevice() {
        return requestsPerSecond / devices();
    }

    /** Power of the whole replica: {@link #powerWatts()} times its accelerators. */
    public double replicaPowerWatts() {
        return powerWatts * devices();
    }

    /** The rate the band refers to: output tokens/s for LLMs, queries/s otherwise. */
    public double primaryRate() {
        return tokensGenerated() ? outputTokensPerSecond : requestsPerSecond;
    }
}
