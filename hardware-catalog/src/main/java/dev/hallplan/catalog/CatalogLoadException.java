package dev.hallplan.catalog;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A catalog file could not be loaded; carries every problem found, not just the first.
 * An {@link IllegalArgumentException} because it always means broken input.
 */
public final class CatalogLoadException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<CatalogProblem> problems;

    public CatalogLoadException(List<CatalogProblem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a CatalogLoadException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in the order found (file by file, entry by entry). */
    public List<CatalogProblem> problems() {
        return problems;
    }

    private static String describe(List<CatalogProblem> problems) {
        String head = problems.size() == 1 ? "1 catalog problem:" : problems.size() + " catalog problems:";
        return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n", head + "\n", ""));
    }
}
