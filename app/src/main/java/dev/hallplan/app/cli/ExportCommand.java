package dev.hallplan.app.cli;

import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.reports.export.ReportExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hallplan export PLANNED_FILE --xlsx OUT.xlsx --pdf OUT.pdf [--scenario NAME]}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a planned scenario as an Excel workbook and/or an executive PDF report.",
                "A scenario without a plan in the file is solved first (up to 30 s)."},
        footerHeading = "%nExamples:%n",
        footer = {"  hallplan export planned.hallplan.json --xlsx plan.xlsx --pdf plan.pdf",
                "  hallplan export planned.hallplan.json --scenario B200 --pdf b200.pdf --quiet"})
public final class ExportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PLANNED_FILE", description = "project file (.hallplan.json)")
    Path projectFile;

    @Option(names = "--xlsx", paramLabel = "OUT.xlsx", description = "workbook to write")
    Path xlsx;

    @Option(names = "--pdf", paramLabel = "OUT.pdf", description = "PDF report to write")
    Path pdf;

    @Option(names = "--scenario", paramLabel = "NAME", description = "scenario to export (default: the first)")
    String scenario;

    @Mixin
    QuietOption quiet = new QuietOption();

    @Spec
    CommandSpec spec;

    private final PlanReportSource source;

    public ExportCommand() {
        this.source = null;
    }

    public ExportCommand(PlanReportSource source) {
        this.source = java.util.Objects.requireNonNull(source, "source");
    }

    /** The injected source, or the project file through the gate, solving unplanned scenarios for 30 s. */
    private PlanReportSource source() {
        return source != null ? source : ProjectPlanReports.solvingFor(30, spec.commandLine().getErr());
    }

    @Override
    public Integer call() throws Exception {
        ReportExporter.checkTargets(Optional.ofNullable(xlsx), Optional.ofNullable(pdf)); // before the work, not after it
        List<Path> written = new ArrayList<>();
        try (ProgressDisplay progress = ProgressDisplay.of(spec.commandLine().getErr(), quiet.quiet, "export", 2)) {
            progress.show("loading " + projectFile.getFileName());
            List<PlanReport> reports = source().load(projectFile, scenario == null ? List.of() : List.of(scenario));
            if (reports.isEmpty()) {
                throw new IllegalArgumentException(projectFile + ": no scenario to export");
            }
            progress.step("writing " + (xlsx == null ? "" : xlsx.getFileName() + " ") + (pdf == null ? "" : pdf.getFileName()));
            written.addAll(ReportExporter.standard().exportPlan(reports.get(0), Optional.ofNullable(xlsx), Optional.ofNullable(pdf)));
        }
        if (!quiet.quiet) {
            written.forEach(p -> spec.commandLine().getOut().println("wrote " + p));
        }
        return 0;
    }
}
