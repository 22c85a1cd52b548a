package dev.hallplan.catalog;

import java.util.Objects;

/**
 * One thing wrong with a catalog file, located precisely enough to fix it.
 *
 * @param file    the file (or built-in resource) it was found in, never null
 * @param entryId the entry's id, or its array position (e.g. {@code "accelerators[3]"}) when the
 *                id itself is missing; empty for problems with the file as a whole
 * @param field   the field, with a path into nested values (e.g. {@code "nics[1].networkId"},
 *                {@code "denseFlopsPerSecond.FP8"}); empty when the whole entry is concerned
 * @param reason  what is wrong, with the offending value and its unit
 */
public record CatalogProblem(String file, String entryId, String field, String reason) {
    public CatalogProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
        entryId = entryId == null ? "" : entryId;
        field = field == null ? "" : field;
    }

    /** One line: {@code file: entry 'id', field 'f': reason}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file).append(": ");
        if (!entryId.isEmpty()) {
            b.append("entry '").append(entryId).append("'");
        }
        if (!field.isEmpty()) {
            b.append(entryId.isEmpty() ? "" : ", ").append("field '").append(field).append("'");
        }
        if (!entryId.isEmpty() || !field.isEmpty()) {
            b.append(": ");
        }
        return b.append(reason).toString();
    }
}
