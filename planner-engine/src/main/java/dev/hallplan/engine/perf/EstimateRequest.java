package dev.hallplan.engine.perf;

import dev.hallplan.catalog.Accelerator;
import dev.hallplan.catalog.Precision;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.catalog.ServingEngine;

import java.util.Objects;

/**
 * One operating point to estimate: a model served by an engine on a group of accelerators.
 * Start from {@link #of} and adjust with the {@code with...} methods.
 *
 * @param server            the server the accelerators sit in, or null; when given it bounds the
 *                          tensor-parallel degree by its scale-up domain and adds its host power share
 * @param precision         requested serving precision (weights, and arithmetic unless weightOnly)
 * @param weightOnly        true to store weights in {@code precision} but compute in BF16 (e.g. INT4 AWQ)
 * @param inputTokens       prompt length of one request (LLMs)
 * @param outputTokens      generated tokens of one request (LLMs)
 * @param batch             concurrent requests in the running batch (LLMs) or queries per batch (others)
 * @param contextTokens     KV length one decode step reads; 0 means input + output / 2 (the steady-state mean)
 * @param memoryEfficiency  achieved fraction of peak memory bandwidth, or NaN for the engine profile's
 * @param computeEfficiency achieved fraction of dense peak FLOP/s, or NaN for the engine profile's
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
        double computeEfficiency) {

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
    }

    private static void checkEfficiency(String what, double v) {
        if (!Double.isNaN(v) && !(v > 0 && v <= 1)) {
            throw new IllegalArgumentException(what + " must be within (0, 1], was " + v);
        }
    }

    /** BF16, no parallelism, 1,024 input and 256 output tokens, batch 1, engine efficiencies. */
    public static EstimateRequest of(ModelSpec model, Accelerator accelerator, ServingEngine engine) {
        return new EstimateRequest(model, accelerator, engine, null, Precision.BF16, false, Parallelism.NONE,
                1024, 256, 1, 0, Double.NaN, Double.NaN);
    }

    public EstimateRequest withServer(ServerModel s) {
        return new EstimateRequest(model, accelerator, engine, s, precision, weightOnly, parallelism,
                inputTokens, outputTokens, batch, contextTokens, memoryEfficiency, computeEfficiency);
    }

    public EstimateRequest withPrecision(Precision p, boolean weightOnlyQuantization) {
        return new EstimateRequest(model, accelerator, engine, server, p, weightOnlyQuantization, parallelism,
                inputTokens, outputTokens, batch, contextTokens, memoryEfficiency, computeEfficiency);
    }

    public EstimateRequest withPrecision(Precision p) {
        return withPrecision(p, false);
    }

    public EstimateRequest withParallelism(Parallelism p) {
        return new EstimateRequest(model, accelerator, engine, server, precision, weightOnly, p,
                inputTokens, outputTokens, batch, contextTokens, memoryEfficiency, computeEfficiency);
    }

    public EstimateRequest withTensorParallel(int tp) {
        return withParallelism(Parallelism.tensor(tp));
    }

    public EstimateRequest withTokens(int input, int output) {
        return new EstimateRequest(model, accelerator, engine, server, precision, weightOnly, parallelism,
                input, output, batch, contextTokens, memoryEfficiency, computeEfficiency);
    }

    public EstimateRequest withBatch(int b) {
        return new EstimateRequest(model, accelerator, engine, server, precision, weightOnly, parallelism,
                inputTokens, outputTokens, b, contextTokens, memoryEfficiency, computeEfficiency);
    }

    public EstimateRequest withContext(int tokens) {
        return new EstimateRequest(model, accelerator, engine, server, precision, weightOnly, parallelism,
                inputTokens, outputTokens, batch, tokens, memoryEfficiency, computeEfficiency);
    }

    public EstimateRequest withEngine(ServingEngine e) {
        return new EstimateRequest(model, accelerator, e, server, precision, weightOnly, parallelism,
                inputTokens, outputTokens, batch, contextTokens, memoryEfficiency, computeEfficiency);
    }

    public EstimateRequest withAccelerator(Accelerator a) {
        return new EstimateRequest(model, a, engine, server, precision, weightOnly, parallelism,
                inputTokens, outputTokens, batch, contextTokens, memoryEfficiency, computeEfficiency);
    }

    /** Per-call efficiency overrides; NaN keeps the engine profile's value. */
    public EstimateRequest withEfficiencies(double memory, double compute) {
        return new EstimateRequest(model, accelerator, engine, server, precision, weightOnly, parallelism,
                inputTokens, outputTokens, batch, contextTokens, memory, compute);
    }

    /** The KV length a decode step reads: {@link #contextTokens} or input + output / 2. */
    public int decodeContextTokens() {
        return contextTokens > 0 ? contextTokens : inputTokens + outputTokens / 2;
    }

    /** Memory bandwidth efficiency in use: the override or the engine's. */
    public double effectiveMemoryEfficiency() {
        return Double.isNaN(memoryEfficiency) ? engine.memoryBandwidthEfficiency() : memoryEfficiency;
    }

    /** Compute efficiency in use: the override or the engine's. */
    public double effectiveComputeEfficiency() {
        return Double.isNaN(computeEfficiency) ? engine.computeEfficiency() : computeEfficiency;
    }

    /** Largest tensor-parallel degree one scale-up domain allows (the server's, else the accelerator's). */
    public int scaleUpDomainSize() {
        return server != null ? server.scaleUpDomainSize() : accelerator.scaleUpDomainSize();
    }
}
