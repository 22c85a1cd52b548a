package dev.hallplan.catalog;

import java.util.Objects;

/**
 * Where one catalog figure comes from.
 *
 * @param source a URL or citation, never blank
 * @param kind   vendor figure, measurement, derivation or estimate
 * @param note   free text (e.g. "sparse figure 1,979 halved"); may be empty, never null
 */
public record Provenance(String source, ProvenanceKind kind, String note) {
    public Provenance {
        Objects.requireNonNull(kind, "kind");
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("provenance source must not be blank");
        }
        note = note == null ? "" : note;
    }

    public static Provenance estimate(String source, String note) {
        return new Provenance(source, ProvenanceKind.ESTIMATE, note);
    }
}
