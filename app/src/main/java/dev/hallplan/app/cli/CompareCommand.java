package dev.hallplan.app.cli;

import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.reports.export.ReportExporter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hallplan compare FILE [--scenarios A,B,C] [--years N] --xlsx OUT --pdf OUT}. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare scenarios side by side (capex, energy, TCO, tokens per $ and kWh, carbon, ±20% prices).")
public final class CompareCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "project file (.hallplan.json)")
    Path projectFile;

    @Option(names = "--scenarios", split = ",", paramLabel = "A,B,C",
            description = "scenarios to compare (default: all, at least two)")
    List<String> scenarios = List.of();

    @Option(names = "--years", defaultValue = "5", paramLabel = "N", description = "TCO horizon in years (default: ${DEFAULT-VALUE})")
    int years;

    @Option(names = "--xlsx", paramLabel = "OUT.xlsx", description = "comparison workbook to write")
    Path xlsx;

    @Option(names = "--pdf", paramLabel = "OUT.pdf", description = "comparison PDF to write")
    Path pdf;

    @Spec
    CommandSpec spec;

    private final PlanReportSource source;

    public CompareCommand() {
        this(ProjectPlanReports.solvingFor(30));
    }

    public CompareCommand(PlanReportSource source) {
        this.source = java.util.Objects.requireNonNull(source, "source");
    }

    @Override
    public Integer call() throws IOException {
        List<PlanReport> reports = source.load(projectFile, scenarios);
        List<Path> written = ReportExporter.standard().exportComparison(reports, years,
                Optional.ofNullable(xlsx), Optional.ofNullable(pdf));
        written.forEach(p -> spec.commandLine().getOut().println("wrote " + p));
        return 0;
    }
}
