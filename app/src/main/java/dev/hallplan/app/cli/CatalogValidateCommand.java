package dev.hallplan.app.cli;

import dev.hallplan.catalog.CatalogProblem;
import dev.hallplan.catalog.CatalogValidator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code hallplan catalog validate FILE}: exit 0 with one OK line, or exit 2 with every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a user catalog (JSON or .csv price list) against the built-in catalog. Exit 0 when it loads, 2 with every problem otherwise.",
        footerHeading = "%nExamples:%n",
        footer = {"  hallplan catalog validate my-hall.json", "  hallplan catalog validate vendor-quote.csv"})
final class CatalogValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The user catalog file.")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<CatalogProblem> problems = CatalogValidator.validate(file);
        if (problems.isEmpty()) {
            out.println("OK: " + file + " loads onto the built-in catalog");
            return 0;
        }
        out.println(file + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        problems.forEach(p -> out.println("  " + p));
        return CliErrors.BAD_INPUT;
    }
}
