package dev.hallplan.app.cli;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CatalogSummary;
import dev.hallplan.catalog.CatalogJsonWriter;
import dev.hallplan.catalog.CatalogKind;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hallplan catalog list}: one line per entry with its key figures, or the entries as a catalog file. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List catalog entries with their key figures.",
        footerHeading = "%nExamples:%n",
        footer = {"  hallplan catalog list --kind server",
                "  hallplan catalog list --kind accelerator --json > accelerators.json",
                "  hallplan catalog list --catalog my-hall.json my-prices.csv"})
final class CatalogListCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--kind", paramLabel = "KIND", converter = KindConverter.class,
            description = "Only this kind: accelerator, server, network, storage, rack, cooling, power, engine.")
    CatalogKind kind;

    @Option(names = "--json", description = "Print a catalog file (loadable as a user catalog) instead of a table.")
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
        if (json) {
            out.println(kind == null ? CatalogJsonWriter.file(catalog) : CatalogJsonWriter.file(kind, catalog.entries(kind)));
            return 0;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"KIND", "ID", "NAME", "KEY FIGURES"});
        List<CatalogKind> kinds = kind == null ? Arrays.asList(CatalogKind.values()) : List.of(kind);
        for (CatalogKind k : kinds) {
            for (Object e : catalog.entries(k)) {
                rows.add(new String[] {k.key(), Catalog.idOf(e), CatalogSummary.name(e), CatalogSummary.keyFigures(e)});
            }
        }
        printTable(out, rows);
        out.println((rows.size() - 1) + " entries");
        return 0;
    }

    private static void printTable(PrintWriter out, List<String[]> rows) {
        int[] width = new int[3];
        for (String[] r : rows) {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            out.println(String.format("%-" + width[0] + "s  %-" + width[1] + "s  %-" + width[2] + "s  %s", (Object[]) r).stripTrailing());
        }
    }

    /** Converts a {@link CatalogKind#key()} such as "accelerator" to the kind. */
    static final class KindConverter implements CommandLine.ITypeConverter<CatalogKind> {
        @Override
        public CatalogKind convert(String value) {
            return Arrays.stream(CatalogKind.values()).filter(k -> k.key().equals(value)).findFirst()
                    .orElseThrow(() -> new CommandLine.TypeConversionException("unknown kind '" + value + "'; expected one of "
                            + Arrays.stream(CatalogKind.values()).map(CatalogKind::key).collect(Collectors.joining(", "))));
        }
    }
}
