package dev.hallplan.app.export;

import dev.hallplan.app.document.DocumentViewModel;
import dev.hallplan.app.document.FileNames;
import dev.hallplan.app.plan.PlanViewModel;
import dev.hallplan.app.plan.PlanningService;
import dev.hallplan.app.services.FileDialogs;
import dev.hallplan.app.services.Services;
import dev.hallplan.app.workspace.BackgroundTasks;
import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.app.workspace.ScenarioReports;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.reports.export.ReportExporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * File > Export workbook…, Export PDF report… and Compare scenarios…: asks where, writes through
 * the reports module's {@link ReportExporter} on the worker, and offers the written file to open.
 * An unsolved scenario is solved first (after asking), and its plan is kept like any solve.
 */
public final class ExportViewModel {
    /** TCO horizon of the comparison, years (as {@code hallplan compare}). */
    static final int COMPARE_YEARS = 5;
    private final ProjectViewModel document;
    private final ScenarioReports reports;
    private final PlanViewModel plan;
    private final PlanningService planning;
    private final Services services;
    private final BackgroundTasks tasks;
    private final Supplier<ReportExporter> exporter;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> lastWritten = new ReadOnlyObjectWrapper<>();

    public ExportViewModel(ProjectViewModel document, ScenarioReports reports, PlanViewModel plan, PlanningService planning,
                           Services services, BackgroundTasks tasks, Supplier<ReportExporter> exporter) {
        this.document = document;
        this.reports = reports;
        this.plan = plan;
        this.planning = planning;
        this.services = services;
        this.tasks = tasks;
        this.exporter = exporter;
    }

    /** What the last export did or why it failed. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    /** The file the last export wrote; null before the first. */
    public ReadOnlyObjectProperty<Path> lastWrittenProperty() { return lastWritten.getReadOnlyProperty(); }

    public CompletableFuture<Optional<Path>> exportWorkbook() {
        return exportPlan(FileDialogs.Kind.WORKBOOK, ".xlsx");
    }

    public CompletableFuture<Optional<Path>> exportPdf() {
        return exportPlan(FileDialogs.Kind.PDF, ".pdf");
    }

    /** Opens the last written file with the platform's application for it. */
    public void openLastWritten() {
        Path p = lastWritten.get();
        if (p != null) {
            services.opener().open(p);
        }
    }

    /**
     * Compares every scenario of the project (two or more) into a workbook or PDF, by the chosen
     * file's extension. Scenarios without a plan are solved for the comparison only, after asking.
     */
    public CompletableFuture<Optional<Path>> compareScenarios() {
        Project p = document.projectProperty().get();
        if (p == null || p.scenarios().size() < 2) {
            services.dialogs().showError("Compare scenarios", "A comparison needs a project with two or more scenarios.");
            return none();
        }
        long unplanned = p.scenarios().stream().filter(s -> s.plan() == null).count();
        if (unplanned > 0 && !services.dialogs().confirm("Compare scenarios", unplanned + " of " + p.scenarios().size()
                + " scenarios have no plan. Solve them for the comparison (up to " + seconds() + " s each)?"
                + " Their plans are not kept in the project.")) {
            return none();
        }
        double seconds = seconds();
        return writeComparison(p, p.scenarios().size(), COMPARE_YEARS, () -> {
            List<PlanReport> all = new ArrayList<>();
            for (Scenario s : p.scenarios()) {
                all.add(s.plan() != null ? reportNow(p, s)
                        : planning.start(p, s, seconds, null).result().join().report());
            }
            return all;
        });
    }

    /**
     * Writes the comparison of {@code planned} (reports of two to four planned scenarios, in the
     * order shown) over {@code years} to a workbook or PDF, by the chosen file's extension: the
     * writer {@code hallplan compare} uses.
     */
    public CompletableFuture<Optional<Path>> exportComparison(List<PlanReport> planned, int years) {
        Project p = document.projectProperty().get();
        if (p == null || planned.size() < 2) {
            services.dialogs().showError("Export comparison", "A comparison needs two or more planned scenarios.");
            return none();
        }
        List<PlanReport> reportsToWrite = List.copyOf(planned);
        return writeComparison(p, reportsToWrite.size(), years, () -> reportsToWrite);
    }

    /**
     * Asks where to write a comparison of {@code count} scenarios of {@code p} (a workbook, or a PDF
     * by the chosen file's extension) and writes the reports {@code reports} gives, on the worker.
     */
    private CompletableFuture<Optional<Path>> writeComparison(Project p, int count, int years,
                                                              java.util.function.Supplier<List<PlanReport>> reports) {
        Optional<Path> target = services.files().chooseSaveTarget(FileDialogs.Kind.COMPARISON, directory(),
                FileNames.slug(p.name()) + "-comparison.xlsx");
        if (target.isEmpty()) {
            return none();
        }
        Path out = target.get();
        boolean pdf = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
        Path file = pdf ? out : FileNames.withSuffix(out, ".xlsx");
        return write("Comparing " + count + " scenarios", file, () -> exporter.get().exportComparison(reports.get(), years,
                pdf ? Optional.empty() : Optional.of(file), pdf ? Optional.of(file) : Optional.empty()));
    }

    private CompletableFuture<Optional<Path>> exportPlan(FileDialogs.Kind kind, String suffix) {
        Project p = document.projectProperty().get();
        Scenario s = document.scenarioProperty().get();
        if (p == null || s == null) {
            return none();
        }
        if (s.plan() == null && !services.dialogs().confirm("Export", "Scenario " + s.name()
                + " has no plan yet. Solve it first (up to " + seconds() + " s) and export the result?")) {
            return none();
        }
        Optional<Path> target = services.files().chooseSaveTarget(kind, directory(),
                FileNames.slug(p.name()) + "-" + FileNames.slug(s.name()) + suffix);
        if (target.isEmpty()) {
            return none();
        }
        Path file = FileNames.withSuffix(target.get(), suffix);
        CompletableFuture<Boolean> planned = s.plan() != null ? CompletableFuture.completedFuture(true) : plan.solve();
        return planned.thenCompose(ok -> {
            Scenario now = document.scenarioProperty().get();
            if (!ok || now == null || now.plan() == null) {
                status.set("Export cancelled: the scenario has no plan");
                return none();
            }
            return reports.reportOf(document.projectProperty().get(), now).thenCompose(report ->
                    write("Exporting " + file.getFileName(), file, () -> exporter.get().exportPlan(report,
                            suffix.equals(".xlsx") ? Optional.of(file) : Optional.empty(),
                            suffix.equals(".pdf") ? Optional.of(file) : Optional.empty())));
        }).exceptionally(failure -> failed(file, failure));
    }

    private interface Export {
        void write() throws Exception;
    }

    private CompletableFuture<Optional<Path>> write(String taskName, Path file, Export export) {
        status.set(taskName + "…");
        return tasks.run(taskName, () -> {
            export.write();
            return file;
        }).thenApply(written -> {
            lastWritten.set(written);
            Path dir = written.toAbsolutePath().getParent();
            if (dir != null) {
                services.settings().put(DocumentViewModel.LAST_DIRECTORY, dir.toString());
            }
            status.set("Wrote " + written.getFileName());
            return Optional.of(written);
        }).exceptionally(failure -> failed(file, failure));
    }

    private Optional<Path> failed(Path file, Throwable failure) {
        String message = BackgroundTasks.messageOf(failure);
        status.set("Export failed: " + message);
        services.dialogs().showError("Could not write " + file.getFileName(), message);
        return Optional.empty();
    }

    private PlanReport reportNow(Project p, Scenario s) {
        return planning.report(p, s);
    }

    private long seconds() {
        return Math.round(plan.timeLimitSecondsProperty().get());
    }

    private Path directory() {
        return services.settings().get(DocumentViewModel.LAST_DIRECTORY).map(Path::of).filter(Files::isDirectory).orElse(null);
    }

    private static CompletableFuture<Optional<Path>> none() {
        return CompletableFuture.completedFuture(Optional.empty());
    }
}
