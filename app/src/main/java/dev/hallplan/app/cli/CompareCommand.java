package dev.hallplan.app.cli;

import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.reports.export.ReportExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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
        description = {"Compare scenarios side by side (capex, energy, TCO, tokens per $ and kWh, carbon, ±20%% prices).",
                "Scenarios without a plan in the file are solved first (up to 30 s each)."},
        footerHeading = "%nExamples:%n",
        footer = {"  hallplan compare default.hallplan.json --xlsx compare.xlsx --pdf compare.pdf",
                "  hallplan compare planned.hallplan.json --scenarios H200,B200 --years 4 \\",
                "      --pdf h200-vs-b200.pdf"})
public final class CompareCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "project file (.hallplan.json)")
    Path projectFile;

    @Option(names = "--scenarios", split = ",", paramLabel = "A,B,C",
            description = "scenarios to compare (default: all, at least two)")
    List<String> scenarios = List.of();

    @Option(names = "--years", defaultValue = "5", paramLabel = "N", description = "TCO horizon in years, 1 to 50 (default: ${DEFAULT-VALUE})")
    int years;

    @Option(names = "--xlsx", paramLabel = "OUT.xlsx", description = "comparison workbook to write")
    Path xlsx;

    @Option(names = "--pdf", paramLabel = "OUT.pdf", description = "comparison PDF to write")
    Path pdf;

    @Mixin
    QuietOption quiet = new QuietOption();

    @Spec
    CommandSpec spec;

    private final PlanReportSource source;

    public CompareCommand() {
        this.source = null;
    }

    public CompareCommand(PlanReportSource source) {
        this.source = java.util.Objects.requireNonNull(source, "source");
    }

    /** The injected source, or the project file through the gate, solving unplanned scenarios for 30 s. */
    private PlanReportSource source() {
        return source != null ? source : ProjectPlanReports.solvingFor(30, spec.commandLine().getErr());
    }

    @Override
    public Integer call() throws Exception {
        OptionRanges.within("--years", years, 1, 50);
        ReportExporter.checkTargets(Optional.ofNullable(xlsx), Optional.ofNullable(pdf)); // before the work, not after it
        List<Path> written;
        try (ProgressDisplay progress = ProgressDisplay.of(spec.commandLine().getErr(), quiet.quiet, "compare", 2)) {
            progress.show("loading and planning " + projectFile.getFileName());
            List<PlanReport> reports = source().load(projectFile, scenarios);
            progress.step("comparing " + reports.size() + " scenarios, writing the reports");
            written = ReportExporter.standard().exportComparison(reports, years,
                    Optional.ofNullable(xlsx), Optional.ofNullable(pdf));
        }
        if (!quiet.quiet) {
            written.forEach(p -> spec.commandLine().getOut().println("wrote " + p));
        }
        return 0;
    }
}
