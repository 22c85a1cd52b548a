package dev.hallplan.app.cli;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CatalogLoadException;
import dev.hallplan.catalog.CatalogLoader;
import java.io.PrintWriter;
import java.util.Optional;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --catalog FILE...} option shared by catalog commands: user files layered on the built-in catalog. */
final class UserCatalogOption {
    @Option(names = "--catalog", arity = "1..*", paramLabel = "USERFILE",
            description = "User catalog files (JSON, or .csv price lists) layered on the built-in catalog, in order. Takes every following argument: put it last.")
    List<Path> files = new ArrayList<>();

    /** The built-in catalog with the user files on top; throws CatalogLoadException listing every problem. */
    Catalog load() {
        return files.isEmpty() ? CatalogLoader.builtIn() : CatalogLoader.withUserFiles(files);
    }

    /** {@link #load()}, or empty after printing every problem of the user files to {@code err}. */
    Optional<Catalog> loadOrReport(PrintWriter err) {
        try {
            return Optional.of(load());
        } catch (CatalogLoadException ex) {
            err.println("hallplan: cannot load the user catalog\n" + ex.getMessage());
            return Optional.empty();
        }
    }
}
