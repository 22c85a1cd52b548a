package dev.hallplan.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code hallplan} command line. Each subcommand lives in its own class in this package and
 * is listed here. Exit codes: 0 success, 2 bad input, other codes as a subcommand documents.
 */
@Command(name = "hallplan",
        mixinStandardHelpOptions = true,
        versionProvider = VersionInfo.class,
        description = "Plan AI-inference data-center halls: throughput, power, cooling, energy and cost.",
        footerHeading = "%nExamples:%n",
        footer = {"  hallplan estimate --model llama-3.1-70b --accelerator nvidia-h100-sxm",
                "  hallplan solve project.hallplan.json --seconds 20 --out plan.hallplan.json",
                "  hallplan export plan.hallplan.json --xlsx plan.xlsx --pdf plan.pdf",
                "  hallplan help solve",
                "",
                "Without arguments, or with a single .hallplan.json file, hallplan opens the desktop app."},
        subcommands = {
                CommandLine.HelpCommand.class,
                CatalogCommand.class,
                ModelsCommand.class,
                EstimateCommand.class,
                ValidateCommand.class,
                SimulateCommand.class,
                ExportCommand.class,
                CompareCommand.class,
                SolveCommand.class,
                GenerateCommand.class,
        })
public final class HallPlanCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line with {@code args} and returns the exit code; never calls System.exit. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /**
     * The whole command tree with HallPlan's error handling, ready to execute; also the model the
     * build generates the completion script and man pages from ({@link CliDocs}).
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new HallPlanCommand()).setExecutionExceptionHandler(new CliErrors());
        cl.getSubcommands().get("help").getCommandSpec().usageMessage()
                .footerHeading("%nExamples:%n").footer("  hallplan help estimate", "  hallplan help catalog list");
        return cl;
    }
}
