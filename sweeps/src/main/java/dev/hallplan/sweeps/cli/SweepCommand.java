package dev.hallplan.sweeps.cli;

import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.sweeps.run.SparkSessions;
import dev.hallplan.sweeps.run.Sweep;
import dev.hallplan.sweeps.run.SweepOutcome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hallplan sweep FILE --spec SPEC.json --out DIR}: re-plans the project at every point of
 * the spec on Apache Spark and writes results.parquet, results.csv and summary.xlsx to DIR.
 */
@Command(name = "hallplan sweep", mixinStandardHelpOptions = true, version = "HallPlan 0.1.0",
        description = {"Solve, simulate and cost the project at every point of a what-if study (prices, demand, "
                + "renewables, chip choice) on Apache Spark; embedded local mode unless --master or spark-submit names a cluster.",
                "Writes DIR/results.parquet, DIR/results.csv (one row per point) and DIR/summary.xlsx. Spec format: docs/sweeps.md."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every point planned", "2:bad input", "3:done, some points failed (reason in their rows)"})
public final class SweepCommand implements Callable<Integer> {
    static final int SOME_POINTS_FAILED = 3;

    @Parameters(index = "0", paramLabel = "FILE", description = "base project file (.hallplan.json)")
    Path file;

    @Option(names = "--spec", required = true, paramLabel = "SPEC.json", description = "the sweep spec")
    Path spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "results directory (created when missing)")
    Path out;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[*] (default), local[N], spark://host:7077, ...; under spark-submit its --master")
    String master;

    @Option(names = "--resume", description = "finish the sweep already in DIR, skipping the points it holds")
    boolean resume;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec commandSpec;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = commandSpec.commandLine().getOut();
        // bad input fails here, before Spark starts
        Sweep sweep = Sweep.prepare(file, spec, out, resume);
        SweepOutcome outcome;
        SparkSession spark = SparkSessions.start(master);
        try (SweepProgress progress = new SweepProgress(System.err)) {
            outcome = sweep.run(spark, progress);
        } finally {
            spark.stop();
        }
        o.println(outcome.points() + " points: " + outcome.evaluated() + " evaluated in "
                + UnitFormat.number(outcome.wallSeconds()) + " s, " + outcome.resumed() + " from an earlier run, "
                + outcome.failed() + " failed");
        o.println("results: " + outcome.parquet() + ", " + outcome.csv());
        o.println("summary workbook: " + outcome.workbook());
        o.flush();
        return outcome.failed() > 0 ? SOME_POINTS_FAILED : 0;
    }

    /** Runs the command with {@code args} and returns the exit code; never calls System.exit. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The command line with its error handling, for {@link #execute} and tests that capture its output. */
    static CommandLine commandLine() {
        return new CommandLine(new SweepCommand()).setExecutionExceptionHandler(new SweepErrors());
    }
}
