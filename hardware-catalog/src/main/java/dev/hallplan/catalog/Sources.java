package dev.hallplan.catalog;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The provenance of each figure of one catalog entry, keyed by the record component name
 * (e.g. {@code "memoryBandwidthBytesPerSecond"}, or {@code "denseFlopsPerSecond.FP8"} for one
 * precision). The key {@value #DEFAULT_KEY} applies to every figure without its own entry.
 */
public record Sources(Map<String, Provenance> byField) {
    public static final String DEFAULT_KEY = "*";

    public Sources {
        byField = byField == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(byField));
    }

    public static Sources of(Map<String, Provenance> byField) {
        return new Sources(byField);
    }

    /** The provenance of {@code field}, falling back to the entry-wide default; empty if neither exists. */
    public Optional<Provenance> of(String field) {
        Provenance p = byField.get(field);
        if (p == null && field.indexOf('.') > 0) {
            p = byField.get(field.substring(0, field.indexOf('.')));
        }
        return Optional.ofNullable(p != null ? p : byField.get(DEFAULT_KEY));
    }
}
