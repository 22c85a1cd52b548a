package dev.hallplan.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code hallplan catalog}: browse and check the hardware catalog (list, show, validate). */
@Command(name = "catalog",
        mixinStandardHelpOptions = true,
        description = "Browse the hardware catalog and check user catalog files.",
        footerHeading = "%nExamples:%n",
        footer = {"  hallplan catalog list --kind accelerator", "  hallplan catalog show nvidia-h200-sxm",
                "  hallplan catalog validate my-prices.csv"},
        subcommands = {CatalogListCommand.class, CatalogShowCommand.class, CatalogValidateCommand.class})
public final class CatalogCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
