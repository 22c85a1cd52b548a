package dev.hallplan.app.cli;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CatalogJsonWriter;
import dev.hallplan.catalog.CatalogKind;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hallplan catalog show ID}: every field of one entry with its unit and provenance. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one entry: every figure with its unit and source.",
        footerHeading = "%nExamples:%n",
        footer = {"  hallplan catalog show nvidia-gb200-nvl72", "  hallplan catalog show amd-mi325x --json"})
final class CatalogShowCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "Catalog id, e.g. nvidia-h100-sxm.")
    String id;

    @Option(names = "--json", description = "Print the entry as JSON in the catalog file format.")
    boolean json;

    @Mixin
    UserCatalogOption userCatalog;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<Catalog> loaded = userCatalog.loadOrReport(spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return CliErrors.BAD_INPUT;
        }
        Catalog catalog = loaded.get();
        Optional<CatalogKind> kind = catalog.kindOf(id);
        if (kind.isEmpty()) {
            spec.commandLine().getErr().println("hallplan: no catalog entry with id '" + id + "' (see: hallplan catalog list)");
            return CliErrors.BAD_INPUT;
        }
        Object entry = catalog.entries(kind.get()).stream().filter(e -> Catalog.idOf(e).equals(id)).findFirst().orElseThrow();
        if (json) {
            out.println(CatalogJsonWriter.entry(entry));
        } else {
            out.println(id + " (" + kind.get().key() + ")");
            EntryText.describe(entry).forEach(out::println);
        }
        return 0;
    }
}
