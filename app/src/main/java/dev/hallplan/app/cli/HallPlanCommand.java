package dev.hallplan.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code hallplan} command line. Each subcommand lives in its own class in this package and
 * is listed here. Exit codes: 0 success, 2 bad input, other codes as a subcommand documents.
 */
@Command(name = "hallplan",
        mixinStandardHelpOptions = true,
        version = "HallPlan 0.1.0",
        description = "Plan AI-inference data-center halls: throughput, power, cooling, energy and cost.",
        // sweep lives in the sweeps module (Apache Spark), which this command line does not load
        footer = {"", "Also: ./hallplan sweep FILE --spec SPEC.json --out DIR",
                "  what-if studies on Apache Spark (./hallplan sweep --help, docs/sweeps.md)"},
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
                EvaluateCommand.class,
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
        return new CommandLine(new HallPlanCommand())
                .setExecutionExceptionHandler(new CliErrors())
                .execute(args);
    }
}
