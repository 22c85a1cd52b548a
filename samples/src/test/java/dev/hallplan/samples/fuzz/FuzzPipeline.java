package dev.hallplan.samples.fuzz;

import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.plan.ReplicaSizing;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.file.ProjectFiles;
import dev.hallplan.engine.project.file.ProjectLoadException;
import dev.hallplan.engine.project.file.ProjectProblem;
import dev.hallplan.engine.solver.ProblemTooLargeException;
import dev.hallplan.engine.solver.SolveOptions;
import dev.hallplan.engine.usecase.GatedProject;
import dev.hallplan.engine.usecase.PlannedScenario;
import dev.hallplan.engine.usecase.ProjectGate;
import dev.hallplan.engine.usecase.ScenarioPlanning;
import dev.hallplan.reports.export.ReportExporter;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * One fuzz case through everything a user's file meets: load and validate (the gate), solve
 * (a few reproducible steps), simulate the year (the report), export the workbook and the PDF,
 * save the planned project and load it again. The property: the case ends in a clean refusal
 * (every problem with a path, or a documented size refusal) or in a valid result (finite figures,
 * complete files that open, a saved plan that passes the gate), never an unexpected exception and
 * never a partial or stray file. A violation throws {@link AssertionError} saying what broke.
 * One instance per worker thread.
 */
final class FuzzPipeline implements AutoCloseable {
    /** How a case ended (when it kept the property). */
    enum Outcome {
        REFUSED_AT_LOAD, REFUSED_AT_GATE, REFUSED_TOO_LARGE, COMPLETED, ACCEPTED_NOT_RUN
    }

    /**
     * A short reproducible solve: 5 local-search steps, and at most 3 s (a local-search step ends only
     * on an accepted move, so a plan where no move is acceptable needs the time limit to end).
     */
    private static final SolveOptions SHORT = new SolveOptions(3, 0, 5, true, 0);

    private final ProjectGate gate;
    private final ScenarioPlanning planning;
    private final ReportExporter exporter = ReportExporter.standard();
    private int exports;

    FuzzPipeline(ReplicaSizing sizing) {
        this.gate = new ProjectGate(sizing);
        this.planning = new ScenarioPlanning(sizing);
    }

    /**
     * Runs {@code bytes} as a project file in the empty directory {@code dir}.
     *
     * @param runScenario which scenarios of an accepted project go through solve, simulate and export
     *                    (the byte-level cases skip those equal to the pristine sample's)
     */
    Outcome run(byte[] bytes, Path dir, Predicate<Scenario> runScenario) throws IOException {
        Path file = Files.write(dir.resolve("case" + ProjectFiles.SUFFIX), bytes);
        GatedProject gated;
        try {
            gated = gate.open(file);
        } catch (ProjectLoadException ex) {
            checkRefusal(ex.problems());
            checkOnly(dir, file);
            return ex.problems().stream().anyMatch(p -> p.reason().contains("invalid JSON") || p.reason().contains("UTF-8"))
                    ? Outcome.REFUSED_AT_LOAD : Outcome.REFUSED_AT_GATE;
        }
        check(gated.warnings().stream().noneMatch(ProjectProblem::isError), "a gated project carries an error");
        Project project = gated.project();
        List<Scenario> chosen = project.scenarios().stream().filter(runScenario).toList();
        if (chosen.isEmpty()) {
            checkOnly(dir, file);
            return Outcome.ACCEPTED_NOT_RUN;
        }
        Project planned = project;
        for (Scenario s : chosen) {
            PlannedScenario result;
            try {
                result = planning.solve(planned, planned.scenarioOrFirst(s.name()), SHORT);
            } catch (ProblemTooLargeException ex) {
                check(ex.getMessage().contains("at most") || ex.getMessage().contains("time limit"), "a size refusal says the limit");
                checkOnly(dir, file);
                return Outcome.REFUSED_TOO_LARGE;
            }
            checkReport(result.report());
            planned = result.project();
            export(result.report(), dir);
        }
        Path out = dir.resolve("planned" + ProjectFiles.SUFFIX);
        ProjectFiles.save(planned, out);
        GatedProject reloaded;
        try {
            reloaded = gate.open(out);
        } catch (ProjectLoadException ex) {
            throw new AssertionError("the saved plan does not pass the gate: " + ex.problems(), ex);
        }
        check(reloaded.project().scenarios().equals(planned.scenarios()), "the saved plan reads back as saved");
        check(noStrayFiles(dir), "a temporary file was left behind");
        return Outcome.COMPLETED;
    }

    /** The workbook or the PDF, in turn (each takes a tenth of a second or more; both formats get half the cases). */
    private void export(PlanReport report, Path dir) throws IOException {
        if (exports++ % 2 == 0) {
            Path xlsx = dir.resolve("report.xlsx");
            exporter.exportPlan(report, Optional.of(xlsx), Optional.empty());
            try (ZipFile zip = new ZipFile(xlsx.toFile())) {
                check(zip.getEntry("xl/workbook.xml") != null, "the workbook is a complete xlsx");
            }
            return;
        }
        Path pdf = dir.resolve("report.pdf");
        exporter.exportPlan(report, Optional.empty(), Optional.of(pdf));
        byte[] doc = Files.readAllBytes(pdf);
        String head = new String(doc, 0, Math.min(5, doc.length), StandardCharsets.ISO_8859_1);
        String tail = new String(doc, Math.max(0, doc.length - 32), Math.min(32, doc.length), StandardCharsets.ISO_8859_1);
        check(head.equals("%PDF-") && tail.contains("%%EOF"), "the PDF is complete");
    }

    /** A refusal lists at least one error, each problem with a JSON path and a reason. */
    private static void checkRefusal(List<ProjectProblem> problems) {
        check(problems.stream().anyMatch(ProjectProblem::isError), "a refusal without an error: " + problems);
        for (ProjectProblem p : problems) {
            check(p.jsonPath().startsWith("$") && !p.reason().isBlank(), "a problem without path or reason: " + p);
        }
    }

    /** Figures of a valid result: no infinity anywhere, shares within 0..1. */
    private static void checkReport(PlanReport report) {
        finite(report.kpis(), "kpis");
        report.kpis().workloads().forEach(w -> {
            finite(w, "workload " + w.workloadId());
            check(w.servedShareOfPeak() >= 0 && w.servedShareOfPeak() <= 1 + 1e-9, "served share " + w.servedShareOfPeak());
        });
        report.monthlyEnergy().forEach(m -> finite(m, "month " + m.month()));
    }

    /** No double of {@code r} or of the records it holds (directly or in lists) is infinite. */
    private static void finite(Record r, String what) {
        for (RecordComponent rc : r.getClass().getRecordComponents()) {
            Object v;
            try {
                v = rc.getAccessor().invoke(r);
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException(ex);
            }
            String at = what + "." + rc.getName();
            if (v instanceof Double d) {
                check(!d.isInfinite(), at + " is " + d);
            } else if (v instanceof Record nested) {
                finite(nested, at);
            } else if (v instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof Record nested) {
                        finite(nested, at + "[" + i + "]");
                    }
                }
            }
        }
    }

    /** After a refusal the directory holds the case file only: nothing written, nothing half-written. */
    private static void checkOnly(Path dir, Path file) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.toList();
            check(files.equals(List.of(file)), "files after a refusal: " + files);
        }
    }

    private static boolean noStrayFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp"));
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }

    @Override
    public void close() {
        planning.close();
    }
}
