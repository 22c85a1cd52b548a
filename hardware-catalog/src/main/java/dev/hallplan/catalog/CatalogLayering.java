package dev.hallplan.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * Adds catalog files one after another onto a base catalog. A file with any problem (its own or
 * an unresolved reference) adds nothing; the base is never modified (catalogs are immutable).
 */
final class CatalogLayering {
    private Catalog current;
    private final List<CatalogProblem> problems = new ArrayList<>();

    CatalogLayering(Catalog base) {
        this.current = base;
    }

    /**
     * Layers one file's text: CSV when {@code file} ends in ".csv" (a price list), JSON otherwise.
     * Returns the problems of this file (also kept for {@link #problems()}).
     */
    List<CatalogProblem> add(String file, String text) {
        boolean csv = file.toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
        CatalogFileParser.Parsed parsed = csv ? PriceListParser.parse(file, text, current) : CatalogFileParser.parse(file, text);
        List<CatalogProblem> found = new ArrayList<>(parsed.problems());
        if (parsed.catalog() != null) {
            Catalog layered = current.overlay(parsed.catalog());
            found.addAll(ReferenceValidator.check(file, parsed.catalog(), current, layered));
            if (found.isEmpty()) {
                current = layered;
            }
        }
        problems.addAll(found);
        return found;
    }

    /** Records a problem that stopped a file from being read at all. */
    void unreadable(String file, String reason) {
        problems.add(new CatalogProblem(file, "", "", reason));
    }

    Catalog catalog() {
        return current;
    }

    List<CatalogProblem> problems() {
        return problems;
    }
}
