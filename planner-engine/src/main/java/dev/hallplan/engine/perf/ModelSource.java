package dev.hallplan.engine.perf;

/**
 * Where figures of a zoo model come from.
 *
 * @param what   which figures the source backs, e.g. {@code "architecture"} or {@code "flopsPerQuery"}; never blank
 * @param source a URL or citation (Hugging Face config.json, model card, paper); never blank
 */
public record ModelSource(String what, String source) {
    public ModelSource {
        if (what == null || what.isBlank()) {
            throw new IllegalArgumentException("model source: 'what' must not be blank");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("model source for '" + what + "' must name a URL or citation");
        }
    }
}
