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
