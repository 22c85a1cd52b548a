package dev.hallplan.catalog;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one entry (or one file when {@code entryId} is empty) in finding order. */
final class EntryProblems {
    private final String file;
    private final String entryId;
    private final List<CatalogProblem> found = new ArrayList<>();

    EntryProblems(String file, String entryId) {
        this.file = file;
        this.entryId = entryId;
    }

    void add(String field, String reason) {
        found.add(new CatalogProblem(file, entryId, field, reason));
    }

    /** True when a problem was already reported for {@code field}. */
    boolean hasProblemAt(String field) {
        return found.stream().anyMatch(p -> p.field().equals(field));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<CatalogProblem> list() {
        return found;
    }

    String file() {
        return file;
    }
}
