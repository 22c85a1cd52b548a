package dev.hallplan.engine.perf;

/**
 * Device memory of one LLM replica member (see docs/throughput-model.md, "Memory").
 *
 * <pre>
 * weights        = totalParameters x weightBytes / (tp x pp)
 * kvPerToken     = GQA: 2 x layers/pp x ceil(kvHeads/tp) x headDim x kvBytes
 *                  MLA: layers/pp x (latent + rope) x kvBytes          (latent replicated over tp)
 * activations    = 8,192 batched tokens x (4 x hidden + 2 x ffnWidth/tp) x 2 B
 * perRequest     = (input + output) x kvPerToken + vocab x 4 B / tp    (full-length KV, fp32 logits)
 * kvBudget       = (memory - weights - activations - engine reserve) x engine kvCacheUtilization
 * maxBatch       = floor(kvBudget / perRequest)
 * </pre>
 *
 * @param weightsBytesPerDevice    weights one device holds
 * @param kvBytesPerTokenPerDevice KV cache of one context token on one device
 * @param activationBytesPerDevice working memory for one scheduling step
 * @param perRequestBytes          memory one request claims on one device at full length
 * @param kvBudgetBytes            memory left for requests (negative when the weights alone overflow)
 * @param maxBatch                 largest batch that fits, 0 if not even one request fits
 */
record LlmMemory(double weightsBytesPerDevice, double kvBytesPerTokenPerDevice, double activationBytesPerDevice,
                 double perRequestBytes, double kvBudgetBytes, int maxBatch) {

    /** Tokens an engine schedules in one step (chunked prefill budget) for the activation estimate. */
    static final double BATCHED_TOKENS = 8192;
    static final double ACTIVATION_BYTES = 2;
    static final double LOGIT_BYTES = 4;

    static LlmMemory of(ModelSpec m, PrecisionPlan p, Parallelism par, long memoryBytes, long reserveBytes,
                        double kvUtilization, int requestTokens) {
        int tp = par.tensor();
        int pp = par.pipeline();
        double weights = m.totalParameters() * p.weightBytesPerValue() / par.devices();
        double kvValues;
        if (m.usesMla()) {
            kvValues = (double) m.layers() * (m.kvLatentSize() + m.ropeHeadDim()) / pp;
        } else {
            int headsPerDevice = (m.kvHeads() + tp - 1) / tp;
            kvValues = 2.0 * m.layers() * headsPerDevice * m.headDim() / pp;
        }
        double kvPerToken = kvValues * p.kvBytesPerValue();
        double ffnWidth = m.isMoe() ? (double) m.expertFfnSize() * m.expertsPerToken() : m.ffnSize();
        double activations = BATCHED_TOKENS * (4.0 * m.hiddenSize() + 2.0 * ffnWidth / tp) * ACTIVATION_BYTES;
        double perRequest = requestTokens * kvPerToken + (double) m.vocabSize() * LOGIT_BYTES / tp;
        double budget = (memoryBytes - weights - activations - reserveBytes) * kvUtilization;
        int maxBatch = budget <= 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, Math.floor(budget / perRequest));
        return new LlmMemory(weights, kvPerToken, activations, perRequest, budget, maxBatch);
    }
}
