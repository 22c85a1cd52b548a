package dev.hallplan.engine.perf;

/**
 * The work of one query of a non-LLM model (embedding, ranking, speech, vision), as the batch
 * model in {@link QueryEstimator} uses it. Parameter counts are scaled by the serving precision's
 * bytes per value; activation bytes are not.
 *
 * @param unit                    what one query is, e.g. {@code "384-token passage"} or {@code "30 s audio chunk"}
 * @param flopsPerQuery           arithmetic of one query, FLOP
 * @param parametersReadPerBatch  parameters streamed once per batch pass regardless of its size
 *                                (all weights for a single-pass encoder; encoder plus decoder times decode steps for speech)
 * @param parametersReadPerQuery  parameters read for each query on top (embedding-table rows of a ranking model)
 * @param activationBytesPerQuery activation and cache traffic of one query, bytes
 * @param sequentialStepsPerBatch dependent kernel rounds per batch (1 for one pass; 1 + decode steps for speech), each paying the engine's step overhead
 */
public record QueryProfile(
        String unit,
        double flopsPerQuery,
        double parametersReadPerBatch,
        double parametersReadPerQuery,
        double activationBytesPerQuery,
        int sequentialStepsPerBatch) {

    public QueryProfile {
        if (unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("query profile: unit must not be blank");
        }
        requirePositive("flopsPerQuery", flopsPerQuery);
        requireNonNegative("parametersReadPerBatch", parametersReadPerBatch);
        requireNonNegative("parametersReadPerQuery", parametersReadPerQuery);
        requireNonNegative("activationBytesPerQuery", activationBytesPerQuery);
        if (sequentialStepsPerBatch < 1) {
            throw new IllegalArgumentException("query profile: sequentialStepsPerBatch must be at least 1, was "
                    + sequentialStepsPerBatch);
        }
    }

    private static void requirePositive(String field, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("query profile: " + field + " must be positive, was " + v);
        }
    }

    private static void requireNonNegative(String field, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("query profile: " + field + " must not be negative, was " + v);
        }
    }
}
