package dev.hallplan.engine.project;

/** {@code count} units of the catalog entry {@code catalogId} (transformers, UPS modules, CRAHs, CDUs). */
public record CatalogCount(String catalogId, int count) {
    public CatalogCount {
        Checks.id("catalog", catalogId);
        if (count < 0) {
            throw new IllegalArgumentException(catalogId + ": count must not be negative, was " + count);
        }
    }
}
