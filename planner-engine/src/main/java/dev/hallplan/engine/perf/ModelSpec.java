package dev.hallplan.engine.perf;

import java.util.List;
import java.util.Objects;

/**
 * One model of the zoo: architecture figures as published in its config, parameter counts, and
 * for non-LLM models the work of one query. Counts are plain numbers (parameters, heads, tokens).
 *
 * @param id               stable id, lower case, e.g. {@code "llama-3.1-70b"}
 * @param kind             what it serves
 * @param layers           transformer layers (decoder layers for LLMs)
 * @param hiddenSize       model width
 * @param attentionHeads   query heads
 * @param kvHeads          key/value heads (GQA); equal to attentionHeads for MHA; ignored with MLA
 * @param headDim          dimension of one attention head (the no-rope part for MLA)
 * @param ffnSize          dense FFN intermediate size (dense layers of an MoE model)
 * @param vocabSize        vocabulary size
 * @param experts          routed experts per MoE layer, 0 for a dense model
 * @param expertsPerToken  routed experts each token uses (k), 0 for a dense model
 * @param expertFfnSize    intermediate size of one routed expert
 * @param sharedExperts    always-active shared experts per MoE layer (counted in the non-expert parameters)
 * @param denseLayers      leading layers with a dense FFN instead of experts (DeepSeek-V3: 3)
 * @param kvLatentSize     MLA compressed KV width (kv_lora_rank), 0 for GQA/MHA
 * @param ropeHeadDim      MLA decoupled rope key width cached next to the latent, 0 without MLA
 * @param totalParameters  all parameters held in memory
 * @param activeParameters parameters one token multiplies with (FLOPs per token = 2 x active)
 * @param contextTokens    longest sequence (prompt plus generated tokens) the model takes, from its config
 *                         ({@code max_position_embeddings}); 0 for one-pass models and when not known
 * @param groupedGemmEfficiency achieved arithmetic rate of the routed-expert (grouped) GEMMs relative to the
 *                         dense linear layers' calibrated rate, in (0, 1]; 1 where no per-shape measurement
 *                         says otherwise (absent from the JSON, or 0 there, means 1). Qwen3-30B-A3B's 768-wide
 *                         experts: docs/throughput-model.md, "Grouped GEMM of small experts"
 * @param query            work of one query for non-LLM kinds; null for LLMs
 * @param sources          where the figures come from; at least one
 */
public record ModelSpec(
        String id,
        String name,
        ModelKind kind,
        int layers,
        int hiddenSize,
        int attentionHeads,
        int kvHeads,
        int headDim,
        int ffnSize,
        int vocabSize,
        int experts,
        int expertsPerToken,
        int expertFfnSize,
        int sharedExperts,
        int denseLayers,
        int kvLatentSize,
        int ropeHeadDim,
        double totalParameters,
        double activeParameters,
        int contextTokens,
        double groupedGemmEfficiency,
        QueryProfile query,
        List<ModelSource> sources) {

    public ModelSpec {
        if (id == null || !id.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new IllegalArgumentException("model id must be lower-case letters, digits, '.', '_' or '-': " + id);
        }
        Objects.requireNonNull(name, id + ": name");
        Objects.requireNonNull(kind, id + ": kind");
        if (!(totalParameters > 0) || !(activeParameters > 0) || activeParameters > totalParameters) {
            throw new IllegalArgumentException(id + ": need 0 < activeParameters <= totalParameters, was "
                    + activeParameters + " / " + totalParameters);
        }
        sources = sources == null ? List.of() : List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException(id + ": every model needs at least one source");
        }
        if (groupedGemmEfficiency == 0) {
            groupedGemmEfficiency = 1;
        }
        if (!(groupedGemmEfficiency > 0 && groupedGemmEfficiency <= 1)) {
            throw new IllegalArgumentException(id + ": groupedGemmEfficiency must lie in (0, 1], was " + groupedGemmEfficiency);
        }
        if (groupedGemmEfficiency < 1 && experts == 0) {
            throw new IllegalArgumentException(id + ": groupedGemmEfficiency applies to routed experts; a dense model has none");
        }
        if (contextTokens < 0) {
            throw new IllegalArgumentException(id + ": contextTokens must not be negative, was " + contextTokens);
        }
        if (kind.generatesTokens()) {
            checkLlm(id, layers, hiddenSize, attentionHeads, kvHeads, headDim, vocabSize, kvLatentSize);
            checkMoe(id, experts, expertsPerToken, expertFfnSize, denseLayers, layers);
        } else if (query == null) {
            throw new IllegalArgumentException(id + ": a " + kind + " model needs a query profile");
        }
        if (experts > 0 && 3.0 * hiddenSize * expertFfnSize * experts * (layers - denseLayers) > totalParameters) {
            throw new IllegalArgumentException(id + ": routed expert parameters exceed totalParameters");
        }
    }

    private static void checkLlm(String id, int layers, int hidden, int heads, int kvHeads, int headDim,
                                 int vocab, int latent) {
        positive(id, "layers", layers);
        positive(id, "hiddenSize", hidden);
        positive(id, "attentionHeads", heads);
        positive(id, "headDim", headDim);
        positive(id, "vocabSize", vocab);
        if (latent == 0) {
            positive(id, "kvHeads", kvHeads);
            if (kvHeads > heads || heads % kvHeads != 0) {
                throw new IllegalArgumentException(id + ": kvHeads " + kvHeads + " must divide attentionHeads " + heads);
            }
        } else if (latent < 0) {
            throw new IllegalArgumentException(id + ": kvLatentSize must not be negative, was " + latent);
        }
    }

    private static void checkMoe(String id, int experts, int k, int expertFfn, int denseLayers, int layers) {
        if (experts == 0 && k == 0) {
            return;
        }
        if (experts < 2 || k < 1 || k > experts) {
            throw new IllegalArgumentException(id + ": need 1 <= expertsPerToken <= experts with experts >= 2, was "
                    + k + " of " + experts);
        }
        positive(id, "expertFfnSize", expertFfn);
        if (denseLayers < 0 || denseLayers >= layers) {
            throw new IllegalArgumentException(id + ": denseLayers must be within 0.." + (layers - 1) + ", was " + denseLayers);
        }
    }

    private static void positive(String id, String field, int v) {
        if (v <= 0) {
            throw new IllegalArgumentException(id + ": " + field + " must be positive, was " + v);
        }
    }

    /** This model with another grouped-GEMM efficiency (a what-if, or the model before its measurement). */
    public ModelSpec withGroupedGemmEfficiency(double efficiency) {
        return new ModelSpec(id, name, kind, layers, hiddenSize, attentionHeads, kvHeads, headDim, ffnSize, vocabSize,
                experts, expertsPerToken, expertFfnSize, sharedExperts, denseLayers, kvLatentSize, ropeHeadDim,
                totalParameters, activeParameters, contextTokens, efficiency, query, sources);
    }

    /** True for a mixture-of-experts model. */
    public boolean isMoe() {
        return experts > 0;
    }

    /** True when the KV cache holds a compressed latent (multi-head latent attention). */
    public boolean usesMla() {
        return kvLatentSize > 0;
    }

    /** Layers whose FFN is a routed-expert block. */
    public int moeLayers() {
        return isMoe() ? layers - denseLayers : 0;
    }

    /** Parameters of one routed expert in one layer: gate, up and down projections, 3 x hidden x expertFfn. */
    public double parametersPerExpert() {
        return 3.0 * hiddenSize * expertFfnSize;
    }

    /** Parameters one token multiplies with in the routed experts: k experts x layers with experts. */
    public double activeExpertParameters() {
        return expertsPerToken * parametersPerExpert() * moeLayers();
    }

    /** Parameters outside the routed experts (attention, embeddings, dense and shared FFNs, norms). */
    public double nonExpertParameters() {
        return totalParameters - parametersPerExpert() * experts * moeLayers();
    }

    /**
     * KV-cache values stored per token for the whole model: 2 x layers x kvHeads x headDim for
     * GQA/MHA, layers x (latent + rope) for MLA. Multiply by the cache's bytes per value.
     */
    public double kvValuesPerToken() {
        return usesMla()
                ? (double) layers * (kvLatentSize + ropeHeadDim)
                : 2.0 * layers * kvHeads * headDim;
    }
}
