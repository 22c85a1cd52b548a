package dev.hallplan.engine.perf;

import dev.hallplan.catalog.ServingEngine;

/**
 * Device memory of one LLM replica member as engines allocate it (see docs/throughput-model.md, "Memory").
 *
 * <pre>
 * weights        = totalParameters x weightBytes / (tp x pp)
 * kvPerToken     = GQA: 2 x layers/pp x ceil(kvHeads/tp) x headDim x kvBytes
 *                  MLA: layers/pp x (latent + rope) x kvBytes          (latent replicated over tp)
 * activations    = 8,192 batched tokens x (4 x hidden + 2 x ffnWidth/tp) x 2 B
 * perRequest     = occupancy x kvPerToken + vocab x 4 B / tp          (fp32 logits)
 *                  occupancy = input + output / 2 with paged KV (continuous batching: blocks on demand,
 *                  the steady-state mean), input + output with static batching (reserved up front)
 * kvBudget       = (memory x engine memoryUtilization - weights - activations - engine reserve)
 *                  x engine kvCacheUtilization
 * maxBatch       = floor(kvBudget / perRequest)
 * </pre>
 *
 * @param weightsBytesPerDevice    weights one device holds
 * @param kvBytesPerTokenPerDevice KV cache of one context token on one device
 * @param activationBytesPerDevice working memory for one scheduling step
 * @param perRequestBytes          memory one running request claims on one device
 * @param kvBudgetBytes            memory left for requests (negative when the weights alone overflow)
 * @param maxBatch                 largest batch that fits, 0 if not even one request fits
 */
record LlmMemory(double weightsBytesPerDevice, double kvBytesPerTokenPerDevice, double activationBytesPerDevice,
                 double perRequestBytes, double kvBudgetBytes, int maxBatch) {

    /** Tokens an engine schedules in one step (chunked prefill budget) for the activation estimate. */
    static final double BATCHED_TOKENS = 8192;
    static final double ACTIVATION_BYTES = 2;
    static final double LOGIT_BYTES = 4;

    static LlmMemory of(ModelSpec m, PrecisionPlan p, Parallelism par, long memoryBytes, ServingEngine engine,
                        double occupancyTokens) {
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
        double perRequest = occupancyTokens * kvPerToken + (double) m.vocabSize() * LOGIT_BYTES / tp;
        double budget = (memoryBytes * engine.memoryUtilization() - weights - activations - engine.runtimeReserveBytes())
                * engine.kvCacheUtilization();
        int maxBatch = budget <= 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, Math.floor(budget / perRequest));
        return new LlmMemory(weights, kvPerToken, activations, perRequest, budget, maxBatch);
    }

    /** Context tokens a running request holds on average: input + output / 2 with paged KV, input + output when reserved. */
    static double occupancyTokens(EstimateRequest r) {
        return r.engine().continuousBatching()
                ? r.inputTokens() + r.outputTokens() / 2.0
                : r.inputTokens() + r.outputTokens();
    }
}
