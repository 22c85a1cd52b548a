package dev.hallplan.engine.perf;

import dev.hallplan.catalog.Accelerator;
import dev.hallplan.catalog.Precision;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.catalog.ServingEngine;

import java.util.Objects;

/**
 * One operating point to estimate: a model served by an engine on a group of accelerators.
 * Start from {@link #of} and adjust with the {@code with...} methods. Every per-call override
 * replaces exactly the figure it names and nothing else.
 *
 * @param server                 the server the accelerators sit in, or null; when given its scale-up domain
 *                               decides which tensor-parallel collectives use the scale-up link (the rest
 *                               go over PCIe inside the server, over the NICs beyond it) and it adds its
 *                               host power share
 * @param precision              requested serving precision (weights, and arithmetic unless weightOnly)
 * @param weightOnly             true to store weights in {@code precision} but compute in BF16 (e.g. INT4 AWQ)
 * @param inputTokens            prompt length of one request (LLMs)
 * @param outputTokens           generated tokens of one request (LLMs)
 * @param batch                  concurrent requests in the running batch (LLMs) or queries per batch (others)
 * @param contextTokens          KV length one decode step reads; 0 means input + output / 2 (the steady-state mean)
 * @param memoryEfficiency       achieved fraction of peak memory bandwidth, or NaN for the calibration's / engine's
 * @param computeEfficiency      achieved fraction of dense peak FLOP/s, or NaN for the calibration's / engine's
 * @param powerCapWatts          power limit of each accelerator, or NaN for its TDP; within (idle, TDP]
 * @param stepOverheadSeconds    fixed cost of each engine step, or NaN for the engine profile's
 * @param kvCacheDtype           KV-cache format, or null for the engine's default
 * @param maxConcurrentSequences cap on running sequences, or 0 for the engine profile's
 * @param prefillChunkTokens     token budget one step gives a prompt's prefill (TensorRT-LLM's runtime
 *                               {@code max_num_tokens}, vLLM's {@code max_num_batched_tokens}), or 0 for the
 *                               engine profile's
 */
public record EstimateRequest(
        ModelSpec model,
        Accelerator accelerator,
        ServingEngine engine,
        ServerModel server,
        Precision precision,
        boolean weightOnly,
        Parallelism parallelism,
        int inputTokens,
        int outputTokens,
        int batch,
        int contextTokens,
        double memoryEfficiency,
        double computeEfficiency,
        double powerCapWatts,
        double stepOverheadSeconds,
        Precision kvCacheDtype,
        int maxConcurrentSequences,
        int prefillChunkTokens) {

    /** Running-sequence cap when neither the call nor the engine gives one; MLPerf submissions run up to ~2,000. */
    public static final int DEFAULT_SEQUENCE_CAP = 2048;

    public EstimateRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(accelerator, "accelerator");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(parallelism, "parallelism");
        if (server != null && !server.acceleratorId().equals(accelerator.id())) {
            throw new IllegalArgumentException("server " + server.id() + " carries " + server.acceleratorId()
                    + ", not " + accelerator.id());
        }
        if (inputTokens < 1 || outputTokens < 1) {
            throw new IllegalArgumentException("input and output tokens must be at least 1, was "
                    + inputTokens + " / " + outputTokens);
        }
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be at least 1, was " + batch);
        }
        if (contextTokens < 0) {
            throw new IllegalArgumentException("context tokens must not be negative, was " + contextTokens);
        }
        checkEfficiency("memory efficiency", memoryEfficiency);
        checkEfficiency("compute efficiency", computeEfficiency);
        if (!Double.isNaN(powerCapWatts)
                && !(powerCapWatts > accelerator.idleWatts() && powerCapWatts <= accelerator.tdpWatts())) {
            throw new IllegalArgumentException("power cap " + powerCapWatts + " W must lie above the idle power "
                    + accelerator.idleWatts() + " W and at most at the TDP " + accelerator.tdpWatts() + " W of "
                    + accelerator.id());
        }
        if (!Double.isNaN(stepOverheadSeconds) && !(stepOverheadSeconds >= 0 && stepOverheadSeconds < 1)) {
            throw new IllegalArgumentException("step overhead must be within [0, 1) s, was " + stepOverheadSeconds);
        }
        if (maxConcurrentSequences < 0) {
            throw new IllegalArgumentException("max concurrent sequences must not be negative, was " + maxConcurrentSequences);
        }
        if (prefillChunkTokens < 0) {
            throw new IllegalArgumentException("prefill chunk tokens must not be negative, was " + prefillChunkTokens);
        }
    }

    /** A request with the engine's own prefill token budget. */
    public EstimateRequest(ModelSpec model, Accelerator accelerator, ServingEngine engine, ServerModel server,
                           Precision precision, boolean weightOnly, Parallelism parallelism, int inputTokens,
                           int outputTokens, int batch, int contextTokens, double memoryEfficiency,
                           double computeEfficiency, double powerCapWatts, double stepOverheadSeconds,
                           Precision kvCacheDtype, int maxConcurrentSequences) {
        this(model, accelerator, engine, server, precision, weightOnly, parallelism, inputTokens, outputTokens, batch,
                contextTokens, memoryEfficiency, computeEfficiency, powerCapWatts, stepOverheadSeconds, kvCacheDtype,
                maxConcurrentSequences, 0);
    }

    /** A request without the issue-14 overrides (power cap, step overhead, KV format, sequence cap). */
    public EstimateRequest(ModelSpec model, Accelerator accelerator, ServingEngine engine, ServerModel server,
                           Precision precision, boolean weightOnly, Parallelism parallelism, int inputTokens,
                           int outputTokens, int batch, int contextTokens, double memoryEfficiency,
                           double computeEfficiency) {
        this(model, accelerator, engine, server, precision, weightOnly, parallelism, inputTokens, outputTokens, batch,
                contextTokens, memoryEfficiency, computeEfficiency, Double.NaN, Double.NaN, null, 0, 0);
    }

    private static void checkEfficiency(String what, double v) {
        if (!Double.isNaN(v) && !(v > 0 && v <= 1)) {
            throw new IllegalArgumentException(what + " must be within (0, 1], was " + v);
        }
    }

    /** BF16, no parallelism, 1,024 input and 256 output tokens, batch 1, no overrides. */
    public static EstimateRequest of(ModelSpec model, Accelerator accelerator, ServingEngine engine) {
        return new EstimateRequest(model, accelerator, engine, null, Precision.BF16, false, Parallelism.NONE,
                1024, 256, 1, 0, Double.NaN, Double.NaN);
    }

    public EstimateRequest withServer(ServerModel s) {
        return new EstimateRequest(model, accelerator, engine, s, precision, weightOnly, parallelism, inputTokens,
                outputTokens, batch, contextTokens, memoryEfficiency, computeEfficiency, powerCapWatts,
                stepOverheadSeconds, kvCacheDtype, maxConcurrentSequences, prefillChunkTokens);
    }

    public EstimateRequest withPrecision(Precision p, boolean weightOnlyQuantization) {
        return new EstimateRequest(model, accelerator, engine, server, p, weightOnlyQuantization, parallelism,
                inputTokens, outputTokens, batch, contextTokens, memoryEfficiency, computeEfficiency, powerCapWatts,
                stepOverheadSeconds, kvCacheDtype, maxConcurrentSequences, prefillChunkTokens);
    }

    public EstimateRequest withPrecision(Precision p) {
        return withPrecision(p, false);
    }

    public EstimateRequest withParallelism(Parallelism p) {
        return new EstimateRequest(model, accelerator, engine, server, precision, weightOnly, p, inputTokens,
                outputTokens, batch, contextTokens, memoryEfficiency, computeEfficiency, powerCapWatts,
                stepOverheadSeconds, kvCacheDtype, maxConcurrentSequences, prefillChunkTokens);
    }

    public EstimateRequest withTensorParallel(int tp) {
        return withParallelism(Parallelism.tensor(tp));
    }

    public EstimateRequest withTokens(int input, int output) {
        return new EstimateRequest(model, accelerator, engine, server, precision, weightOnly, parallelism, input,
                output, batch, contextTokens, memoryEfficiency, computeEfficiency, powerCapWatts, stepOverheadSeconds,
                kvCacheDtype, maxConcurrentSequences, prefillChunkTokens);
    }

    public EstimateRequest withBatch(int b) {
        return new EstimateRequest(model, accelerator, engine, server, precision, weightOnly, parallelism, inputTokens,
                outputTokens, b, contextTokens, memoryEfficiency, computeEfficiency, powerCapWatts, stepOverheadSeconds,
                kvCacheDtype, maxConcurrentSequences, prefillChunkTokens);
    }

    public EstimateRequest withContext(int tokens) {
        return new EstimateRequest(model, accelerator, engine, server, precision, weightOnly, parallelism, inputTokens,
                outputTokens, batch, tokens, memoryEfficiency, computeEfficiency, powerCapWatts, stepOverheadSeconds,
                kvCacheDtype, maxConcurrentSequences, prefillChunkTokens);
    }

    public EstimateRequest withEngine(ServingEngine e) {
        return new EstimateRequest(model, accelerator, e, server, precision, weightOnly, parallelism, inputTokens,
                outputTokens, batch, contextTokens, memoryEfficiency, computeEfficiency, powerCapWatts,
                stepOverheadSeconds, kvCacheDtype, maxConcurrentSequences, prefillChunkTokens);
    }

    public EstimateRequest withAccelerator(Accelerator a) {
        return new EstimateRequest(model, a, engine, server, precision, weightOnly, parallelism, inputTokens,
                outputTokens, batch, contextTokens, memoryEfficiency, computeEfficiency, powerCapWatts,
                stepOverheadSeconds, kvCacheDtype, maxConcurrentSequences, prefillChunkTokens);
    }

    /** Per-call efficiency overrides; NaN keeps the calibration's or engine's value. */
    public EstimateRequest withEfficiencies(double memory, double compute) {
        return new EstimateRequest(model, accelerator, engine, server, precision, weightOnly, parallelism, inputTokens,
                outputTokens, batch, contextTokens, memory, compute, powerCapWatts, stepOverheadSeconds, kvCacheDtype,
                maxConcurrentSequences, prefillChunkTokens);
    }

    /** Per-call power limit of each accelerator in watts; NaN for the TDP. */
    public EstimateRequest withPowerCap(double watts) {
        return new EstimateRequest(model, accelerator, engine, server, precision, weightOnly, parallelism, inputTokens,
                outputTokens, batch, contextTokens, memoryEfficiency, computeEfficiency, watts, stepOverheadSeconds,
                kvCacheDtype, maxConcurrentSequences, prefillChunkTokens);
    }

    /** Per-call fixed cost of each engine step in seconds; NaN for the engine profile's. */
    public EstimateRequest withStepOverhead(double seconds) {
        return new EstimateRequest(model, accelerator, engine, server, precision, weightOnly, parallelism, inputTokens,
                outputTokens, batch, contextTokens, memoryEfficiency, computeEfficiency, powerCapWatts, seconds,
                kvCacheDtype, maxConcurrentSequences, prefillChunkTokens);
    }

    /** Per-call KV-cache format; null for the engine's default. */
    public EstimateRequest withKvCacheDtype(Precision dtype) {
        return new EstimateRequest(model, accelerator, engine, server, precision, weightOnly, parallelism, inputTokens,
                outputTokens, batch, contextTokens, memoryEfficiency, computeEfficiency, powerCapWatts,
                stepOverheadSeconds, dtype, maxConcurrentSequences, prefillChunkTokens);
    }

    /** Per-call cap on running sequences; 0 for the engine profile's. */
    public EstimateRequest withMaxConcurrentSequences(int cap) {
        return new EstimateRequest(model, accelerator, engine, server, precision, weightOnly, parallelism, inputTokens,
                outputTokens, batch, contextTokens, memoryEfficiency, computeEfficiency, powerCapWatts,
                stepOverheadSeconds, kvCacheDtype, cap, prefillChunkTokens);
    }

    /** Per-call prefill token budget per step; 0 for the engine profile's. */
    public EstimateRequest withPrefillChunkTokens(int tokens) {
        return new EstimateRequest(model, accelerator, engine, server, precision, weightOnly, parallelism, inputTokens,
                outputTokens, batch, contextTokens, memoryEfficiency, computeEfficiency, powerCapWatts,
                stepOverheadSeconds, kvCacheDtype, maxConcurrentSequences, tokens);
    }

    /** Prefill token budget in use: the per-call value, else the engine profile's (0 = one piece). */
    public int effectivePrefillChunkTokens() {
        return prefillChunkTokens > 0 ? prefillChunkTokens : engine.prefillChunkTokens();
    }

    /** The KV length a decode step reads: {@link #contextTokens} or input + output / 2. */
    public int decodeContextTokens() {
        return contextTokens > 0 ? contextTokens : inputTokens + outputTokens / 2;
    }

    /** Power limit in use: the per-call cap or the accelerator's TDP. */
    public double effectivePowerLimitWatts() {
        return Double.isNaN(powerCapWatts) ? accelerator.tdpWatts() : powerCapWatts;
    }

    /** Step overhead in use: the per-call value or the engine profile's. */
    public double effectiveStepOverheadSeconds() {
        return Double.isNaN(stepOverheadSeconds) ? engine.stepOverheadSeconds() : stepOverheadSeconds;
    }

    /** Running-sequence cap in use: the per-call value, the engine's, or {@value #DEFAULT_SEQUENCE_CAP}. */
    public int effectiveMaxConcurrentSequences() {
        if (maxConcurrentSequences > 0) {
            return maxConcurrentSequences;
        }
        return engine.maxConcurrentSequences() > 0 ? engine.maxConcurrentSequences() : DEFAULT_SEQUENCE_CAP;
    }

    /** Devices joined by the scale-up fabric around this accelerator: the server's domain, else the accelerator's. */
    public int scaleUpDomainSize() {
        return server != null ? server.scaleUpDomainSize() : accelerator.scaleUpDomainSize();
    }

    /**
     * Devices one host joins over PCIe: the server's accelerators, else the larger of the scale-up
     * domain and {@value Link#ASSUMED_HOST_DEVICES} (a typical 8-GPU host).
     */
    public int hostDeviceCount() {
        return server != null ? server.acceleratorCount() : Math.max(accelerator.scaleUpDomainSize(), Link.ASSUMED_HOST_DEVICES);
    }
}
