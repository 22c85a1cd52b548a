package dev.hallplan.engine.perf;

import dev.hallplan.catalog.Accelerator;

/**
 * Prefill and decode timing of one LLM replica (see docs/throughput-model.md, "Prefill" and
 * "Decode"). All figures per device of one pipeline stage, then multiplied by the stage count;
 * every kernel group runs at the clock the power limit allows ({@link PowerLimiter}).
 */
final class LlmPhases {
    /** Latency of one pipeline hand-off between stages over the scale-out network, seconds. */
    static final double STAGE_HANDOFF_LATENCY_SECONDS = 20e-6;
    static final double ACTIVATION_BYTES = 2;

    private final ModelSpec m;
    private final Parallelism par;
    private final LlmMemory mem;
    private final Link link;
    private final PowerLimiter limiter;
    private final double weightBytes;
    private final double bytesPerSecond;
    private final double flopsPerSecond;
    private final double attentionFlopsPerSecond;
    private final double handoffBytesPerSecond;
    private final double overheadSeconds;
    private final int chunkTokens;

    /** @param link the tensor-parallel link, or null at tp 1 */
    LlmPhases(EstimateRequest r, PrecisionPlan p, Efficiencies eff, LlmMemory mem, Link link, PowerLimiter limiter) {
        this.m = r.model();
        this.par = r.parallelism();
        this.mem = mem;
        this.link = link;
        this.limiter = limiter;
        this.weightBytes = p.weightBytesPerValue();
        this.bytesPerSecond = r.accelerator().memoryBandwidthBytesPerSecond() * eff.memory();
        this.flopsPerSecond = p.computeFlopsPerSecond() * eff.compute();
        this.attentionFlopsPerSecond = p.attentionFlopsPerSecond() * eff.compute();
        Accelerator a = r.accelerator();
        this.handoffBytesPerSecond = a.scaleOutBitsPerSecond() > 0 ? a.scaleOutBitsPerSecond() / 8.0
                : a.scaleUpBidirectionalBytesPerSecond() > 0 ? a.scaleUpUnidirectionalBytesPerSecond()
                : a.pcieUnidirectionalBytesPerSecond() * Link.PCIE_EFFICIENCY;
        this.overheadSeconds = r.effectiveStepOverheadSeconds();
        this.chunkTokens = r.effectivePrefillChunkTokens();
    }

    /**
     * Expected routed experts a layer reads when {@code tokens} tokens each pick k of E uniformly:
     * E x (1 - (1 - k/E)^tokens). Exactly k for one token, approaching E for large batches.
     */
    static double expertsTouched(ModelSpec m, double tokens) {
        if (!m.isMoe()) {
            return 0;
        }
        double e = m.experts();
        return e * (1 - Math.pow(1 - m.expertsPerToken() / e, tokens));
    }

    /** Weight bytes one device streams in a pass over {@code tokens} tokens (MoE: only touched experts). */
    private double weightBytesRead(double tokens) {
        double params = m.nonExpertParameters()
                + expertsTouched(m, tokens) * m.parametersPerExpert() * m.moeLayers();
        return params * weightBytes / par.devices();
    }

    /**
     * Arithmetic seconds of the linear layers for {@code tokens} tokens on one device at peak clock:
     * 2 x active parameters x tokens at the calibrated rate, the routed-expert share of it at the
     * model's grouped-GEMM efficiency (docs/throughput-model.md, "Grouped GEMM of small experts").
     */
    private double linearComputeSeconds(double tokens) {
        double flops = 2.0 * m.activeParameters() * tokens;
        double g = m.groupedGemmEfficiency();
        if (g < 1) {
            double expert = 2.0 * m.activeExpertParameters() * tokens;
            flops += expert * (1 / g - 1);
        }
        return flops / par.devices() / flopsPerSecond;
    }

    /**
     * One MoE layer's routed-expert GEMMs alone for {@code tokens} tokens on one device: the touched
     * experts' weights against 2 x k x expert parameters x tokens at the grouped-GEMM rate, at the
     * clock the power limit allows. What a fused-MoE kernel benchmark times (validated in
     * {@code GroupedGemmValidationTest}); 0 for a dense model.
     */
    PhaseTime routedExpertLayer(double tokens) {
        double weights = expertsTouched(m, tokens) * m.parametersPerExpert() * weightBytes / par.devices();
        double flops = 2.0 * m.expertsPerToken() * m.parametersPerExpert() * tokens / m.groupedGemmEfficiency();
        return limiter.phase(weights / bytesPerSecond, flops / par.devices() / flopsPerSecond, 0, 0, 0, 0);
    }

    /** Attention FLOPs per query token per context token over all layers (QK^T and AV). */
    private double attentionFlopsPerTokenPair() {
        double perHead = m.usesMla() ? 4.0 * m.kvLatentSize() + 2.0 * m.ropeHeadDim() : 4.0 * m.headDim();
        return (double) m.layers() * m.attentionHeads() * perHead;
    }

    /** Collectives of one stage for {@code tokens} tokens: two all-reduces per layer, or EP all-to-alls in MoE layers. */
    private double stageNetworkSeconds(double tokens) {
        if (link == null) {
            return 0;
        }
        double msg = tokens * m.hiddenSize() * ACTIVATION_BYTES;
        double layersPerStage = (double) m.layers() / par.pipeline();
        int tp = par.tensor();
        if (par.expert() > 1 && m.isMoe()) {
            double moeShare = (double) m.moeLayers() / m.layers();
            double moeLayers = layersPerStage * moeShare;
            double denseLayers = layersPerStage - moeLayers;
            return denseLayers * 2 * link.allReduceSeconds(msg, tp)
                    + moeLayers * (link.allReduceSeconds(msg, tp)
                    + 2 * link.allToAllSeconds(msg * m.expertsPerToken(), par.expert()));
        }
        return layersPerStage * 2 * link.allReduceSeconds(msg, tp);
    }

    /** Activation hand-off between pipeline stages for {@code tokens} tokens, summed over all boundaries. */
    private double handoffSeconds(double tokens) {
        if (par.pipeline() == 1) {
            return 0;
        }
        return (par.pipeline() - 1) * (STAGE_HANDOFF_LATENCY_SECONDS
                + tokens * m.hiddenSize() * ACTIVATION_BYTES / handoffBytesPerSecond);
    }

    /**
     * One decode step of {@code batch} sequences reading {@code context} tokens each. Pipeline
     * stages run min(batch, pp) micro-batches; a token passes all stages, so the step is
     * pp x stage time (+ hand-offs); stages sit idle when batch < pp (the bubble).
     */
    PhaseTime decodeStep(int batch, int context) {
        int pp = par.pipeline();
        double microBatch = (double) batch / Math.min(batch, pp);
        double kvBytes = microBatch * context * mem.kvBytesPerTokenPerDevice();
        double attentionFlops = microBatch * context * attentionFlopsPerTokenPair() / par.devices();
        PhaseTime stage = limiter.phase(weightBytesRead(microBatch) / bytesPerSecond, linearComputeSeconds(microBatch),
                kvBytes / bytesPerSecond, attentionFlops / attentionFlopsPerSecond,
                stageNetworkSeconds(microBatch), overheadSeconds);
        double handoff = handoffSeconds(microBatch);
        return stage.times(pp).plusNetwork(handoff, handoff * limiter.networkWatts());
    }

    /**
     * Prefill of one request of {@code tokens} prompt tokens alone, in chunks of the engine's token
     * budget: each chunk streams the weights once, computes its tokens against all earlier ones
     * (causal attention: S^2/2 pairs in total) and re-reads the KV of the earlier chunks; one chunk
     * when the prompt fits the budget (or the engine does not chunk).
     */
    PhaseTime prefill(int tokens) {
        PhaseTime total = null;
        for (int done = 0; done < tokens; done += chunk(tokens)) {
            double c = Math.min(chunk(tokens), tokens - done);
            double attentionFlops = c * (done + c / 2) * attentionFlopsPerTokenPair() / par.devices();
            PhaseTime stage = limiter.phase(weightBytesRead(c) / bytesPerSecond, linearComputeSeconds(c),
                    (done + c) * mem.kvBytesPerTokenPerDevice() / bytesPerSecond, attentionFlops / attentionFlopsPerSecond,
                    stageNetworkSeconds(c), overheadSeconds);
            double handoff = handoffSeconds(c);
            PhaseTime piece = stage.times(par.pipeline()).plusNetwork(handoff, handoff * limiter.networkWatts());
            total = total == null ? piece : total.plus(piece);
        }
        return total;
    }

    /** Chunks the prefill of {@code tokens} prompt tokens takes: ceil(tokens / budget), 1 without a budget. */
    int prefillChunks(int tokens) {
        return (tokens + chunk(tokens) - 1) / chunk(tokens);
    }

    private int chunk(int tokens) {
        return chunkTokens > 0 ? Math.min(chunkTokens, tokens) : tokens;
    }

    /** Time one stage spends re-reading the KV of earlier chunks over a whole chunked prefill (0 for one chunk). */
    private double kvRereadSeconds(int tokens) {
        double reread = 0;
        for (int done = chunk(tokens); done < tokens; done += chunk(tokens)) {
            reread += done;
        }
        return reread * mem.kvBytesPerTokenPerDevice() / bytesPerSecond;
    }

    /**
     * The extra device time one request's prefill of {@code tokens} adds when chunked into running
     * decode steps: its arithmetic (at the prefill's power-limited clock), collectives and the
     * re-read of earlier chunks' KV, the weights being streamed by the decode step anyway. Pipeline
     * stages do their share in parallel, hence / pp.
     */
    double prefillMarginalSeconds(PhaseTime prefill, int tokens) {
        return (prefill.computeSeconds() + prefill.networkSeconds()) / par.pipeline() + kvRereadSeconds(tokens);
    }
}
