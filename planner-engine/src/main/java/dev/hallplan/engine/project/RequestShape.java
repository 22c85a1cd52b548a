package dev.hallplan.engine.project;

/**
 * The size of one request: prompt tokens in, generated tokens out. Non-LLM workloads (ranking,
 * embeddings, transcription) use {@code inputTokens} for their input size in model units and 0 out.
 */
public record RequestShape(int inputTokens, int outputTokens) {
    public RequestShape {
        if (inputTokens < 1) {
            throw new IllegalArgumentException("inputTokens must be 1 or more, was " + inputTokens);
        }
        if (outputTokens < 0) {
            throw new IllegalArgumentException("outputTokens must not be negative, was " + outputTokens);
        }
    }
}
