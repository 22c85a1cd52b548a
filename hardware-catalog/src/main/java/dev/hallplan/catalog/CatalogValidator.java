package dev.hallplan.catalog;

import java.nio.file.Path;
import java.util.List;

/**
 * Checks a user catalog file without keeping it: the same checks loading does, against the
 * catalog it would be layered onto. Use it to report on a file; use {@link CatalogLoader} to load.
 */
public final class CatalogValidator {
    private CatalogValidator() {
    }

    /** Every problem of {@code file} layered onto {@code base}; empty when the file would load. Never throws for bad input. */
    public static List<CatalogProblem> validate(Catalog base, Path file) {
        CatalogLayering layering = new CatalogLayering(base);
        CatalogLoader.readFile(layering, file);
        return List.copyOf(layering.problems());
    }

    /** Every problem of {@code file} (JSON or a .csv price list) layered onto the built-in catalog. */
    public static List<CatalogProblem> validate(Path file) {
        return validate(CatalogLoader.builtIn(), file);
    }

    /** Every problem of catalog text named {@code file} (the name decides JSON or CSV), layered onto {@code base}. */
    public static List<CatalogProblem> validateText(Catalog base, String file, String text) {
        return List.copyOf(new CatalogLayering(base).add(file, text));
    }
}
