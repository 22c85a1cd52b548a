package dev.hallplan.app.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code hallplan} command line. Each subcommand lives in its own class in this package and
 * is listed in {@link #SUBCOMMANDS}. Exit codes: 0 success, 2 bad input, other codes as a
 * subcommand documents. Build the tree with {@link #commandLine()}: picocli reads every command's
 * annotations when it is added, so {@link #execute} adds only the one subcommand a run names.
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
                "Without arguments, or with a single .hallplan.json file, hallplan opens the desktop app.",
                // sweep lives in the sweeps module (Apache Spark), which this command line does not load
                "", "Also: ./hallplan sweep FILE --spec SPEC.json --out DIR",
                "  what-if studies on Apache Spark (./hallplan sweep --help, docs/sweeps.md)"})
public final class HallPlanCommand implements Runnable {
    /** The subcommands by name, in help order. */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("help", CommandLine.HelpCommand::new);
        m.put("catalog", CatalogCommand::new);
        m.put("models", ModelsCommand::new);
        m.put("estimate", EstimateCommand::new);
        m.put("validate", ValidateCommand::new);
        m.put("simulate", SimulateCommand::new);
        m.put("export", ExportCommand::new);
        m.put("compare", CompareCommand::new);
        m.put("solve", SolveCommand::new);
        m.put("evaluate", EvaluateCommand::new);
        m.put("generate", GenerateCommand::new);
        return Collections.unmodifiableMap(m);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line with {@code args} and returns the exit code; never calls System.exit. */
    public static int execute(String... args) {
        if (args.length > 0 && !NEEDS_NO_ENGINE.contains(args[0])) {
            Engines.preloadInBackground();
        }
        return commandLineFor(args).execute(args);
    }

    /** First arguments whose run needs neither the catalog nor the model zoo before it ends (--version reads the zoo itself). */
    private static final java.util.Set<String> NEEDS_NO_ENGINE = java.util.Set.of("help", "-h", "--help", "-V", "--version");

    /**
     * The tree {@code args} need: the root with only the subcommand they name (or none for
     * {@code --version}); the whole tree when the root's help or a "did you mean" may be printed.
     */
    static CommandLine commandLineFor(String... args) {
        String first = args.length == 0 ? "" : args[0];
        if (SUBCOMMANDS.containsKey(first) && !first.equals("help")) {
            return root().addSubcommand(first, SUBCOMMANDS.get(first).get());
        }
        if (args.length == 1 && (first.equals("-V") || first.equals("--version"))) {
            return root();
        }
        return commandLine();
    }

    /**
     * The whole command tree with HallPlan's error handling, ready to execute; also the model the
     * build generates the completion script and man pages from.
     */
    public static CommandLine commandLine() {
        CommandLine cl = root();
        SUBCOMMANDS.forEach((name, command) -> cl.addSubcommand(name, command.get()));
        cl.getSubcommands().get("help").getCommandSpec().usageMessage()
                .footerHeading("%nExamples:%n").footer("  hallplan help estimate", "  hallplan help catalog list");
        return cl;
    }

    private static CommandLine root() {
        return new CommandLine(new HallPlanCommand()).setExecutionExceptionHandler(new CliErrors());
    }
}
