package dev.hallplan.engine.perf;

/** What a model serves, which decides how the estimator treats one request. */
public enum ModelKind {
    /** Autoregressive language model: prefill then one decode step per output token. */
    LLM,
    /** Encoder producing embeddings or rerank scores in one forward pass per query. */
    EMBEDDING,
    /** Recommendation / ads ranking model (embedding lookups plus dense MLPs) per scored item. */
    RANKING,
    /** Speech recognition (encoder pass plus a short decoder loop) per audio chunk. */
    SPEECH,
    /** Image classifier or image-text encoder per image. */
    VISION;

    /** True for autoregressive token generation; false for models answered in one query pass. */
    public boolean generatesTokens() {
        return this == LLM;
    }
}
