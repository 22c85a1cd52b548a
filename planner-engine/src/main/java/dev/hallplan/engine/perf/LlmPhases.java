package dev.hallplan.engine.perf;

/**
 * Prefill and decode timing of one LLM replica (see docs/throughput-model.md, "Prefill" and
 * "Decode"). All figures per device of one pipeline stage, then multiplied by the stage count.
 */
final class LlmPhases {
    /** Latency of one small collective over the scale-up link (launch + synchronisation), seconds. */
    static final double COLLECTIVE_LATENCY_SECONDS = 8e-6;
    /** Latency of one pipeline hand-off between stages over the scale-out network, seconds. */
    static final double STAGE_HANDOFF_LATENCY_SECONDS = 20e-6;
    static final double ACTIVATION_BYTES = 2;

    private final ModelSpec m;
    private final Parallelism par;
    private final LlmMemory mem;
    private final double weightBytes;
    private final double bytesPerSecond;
    private final double flopsPerSecond;
    private final double linkBytesPerSecond;
    private final double scaleOutBytesPerSecond;
    private final double overheadSeconds;

    LlmPhases(EstimateRequest r, PrecisionPlan p, LlmMemory mem) {
        this.m = r.model();
        this.par = r.parallelism();
        this.mem = mem;
        this.weightBytes = p.weightBytesPerValue();
        this.bytesPerSecond = r.accelerator().memoryBandwidthBytesPerSecond() * r.effectiveMemoryEfficiency();
        this.flopsPerSecond = p.computeFlopsPerSecond() * r.effectiveComputeEfficiency();
        this.linkBytesPerSecond = r.accelerator().scaleUpUnidirectionalBytesPerSecond();
        this.scaleOutBytesPerSecond = r.accelerator().scaleOutBitsPerSecond() / 8.0;
        this.overheadSeconds = r.engine().stepOverheadSeconds();
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

    /** Attention FLOPs per query token per context token over all layers (QK^T and AV). */
    private double attentionFlopsPerTokenPair() {
        double perHead = m.usesMla() ? 4.0 * m.kvLatentSize() + 2.0 * m.ropeHeadDim() : 4.0 * m.headDim();
        return (double) m.layers() * m.attentionHeads() * perHead;
    }

    /** Ring all-reduce of {@code bytes} over tp devices: latency + 2 (tp-1)/tp x bytes / link. */
    private double allReduceSeconds(double bytes) {
        int tp = par.tensor();
        if (tp == 1) {
            return 0;
        }
        return COLLECTIVE_LATENCY_SECONDS + 2.0 * (tp - 1) / tp * bytes / linkBytesPerSecond;
    }

    /** All-to-all of {@code bytes} (every device keeps 1/ep of it locally). */
    private double allToAllSeconds(double bytes) {
        int ep = par.expert();
        return COLLECTIVE_LATENCY_SECONDS + (ep - 1.0) / ep * bytes / linkBytesPerSecond;
    }

    /** Collectives of one stage for {@code tokens} tokens: two all-reduces per layer, or EP all-to-alls in MoE layers. */
    private double stageNetworkSeconds(double tokens) {
        double msg = tokens * m.hiddenSize() * ACTIVATION_BYTES;
        double layersPerStage = (double) m.layers() / par.pipeline();
        if (par.expert() > 1 && m.isMoe()) {
            double moeShare = (double) m.moeLayers() / m.layers();
            double moeLayers = layersPerStage * moeShare;
            double denseLayers = layersPerStage - moeLayers;
            return denseLayers * 2 * allReduceSeconds(msg)
                    + moeLayers * (allReduceSeconds(msg) + 2 * allToAllSeconds(msg * m.expertsPerToken()));
        }
        return layersPerStage * 2 * allReduceSeconds(msg);
    }

    /** Activation hand-off between pipeline stages for {@code tokens} tokens, summed over all boundaries. */
    private double handoffSeconds(double tokens) {
        if (par.pipeline() == 1) {
            return 0;
        }
        double rate = scaleOutBytesPerSecond > 0 ? scaleOutBytesPerSecond : linkBytesPerSecond;
        return (par.pipeline() - 1) * (STAGE_HANDOFF_LATENCY_SECONDS + tokens * m.hiddenSize() * ACTIVATION_BYTES / rate);
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
        double linearFlops = 2.0 * m.activeParameters() * microBatch / par.devices();
        double attentionFlops = microBatch * context * attentionFlopsPerTokenPair() / par.devices();
        PhaseTime stage = PhaseTime.of(weightBytesRead(microBatch) / bytesPerSecond, linearFlops / flopsPerSecond,
                kvBytes / bytesPerSecond, attentionFlops / flopsPerSecond,
                stageNetworkSeconds(microBatch), overheadSeconds);
        return stage.times(pp).plusNetwork(handoffSeconds(microBatch));
    }

    /** Prefill of one request of {@code tokens} prompt tokens alone (causal attention: S^2/2 pairs). */
    PhaseTime prefill(int tokens) {
        double s = tokens;
        double linearFlops = 2.0 * m.activeParameters() * s / par.devices();
        double attentionFlops = s * s / 2 * attentionFlopsPerTokenPair() / par.devices();
        PhaseTime stage = PhaseTime.of(weightBytesRead(s) / bytesPerSecond, linearFlops / flopsPerSecond,
                s * mem.kvBytesPerTokenPerDevice() / bytesPerSecond, attentionFlops / flopsPerSecond,
                stageNetworkSeconds(s), overheadSeconds);
        return stage.times(par.pipeline()).plusNetwork(handoffSeconds(s));
    }

    /**
     * The extra device time one request's prefill adds when chunked into running decode steps:
     * its arithmetic and collectives only, the weights being streamed by the decode step anyway.
     * Pipeline stages do their share in parallel, hence the division by pp.
     */
    double prefillMarginalSeconds(PhaseTime prefill) {
        return (prefill.computeSeconds() + prefill.networkSeconds()) / par.pipeline();
    }
}
