package dev.hallplan.reports.export;

import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.project.file.AtomicFiles;
import dev.hallplan.reports.charts.ChartTheme;
import dev.hallplan.reports.compare.ScenarioComparison;
import dev.hallplan.reports.excel.WorkbookWriter;
import dev.hallplan.reports.pdf.PdfReportWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reports module's entry point for the CLI and the app: writes a plan's workbook and PDF, or a
 * comparison's, to the paths given. Each file is written to a temporary sibling and moved into
 * place, so a failed export never leaves a half-written file under the requested name.
 */
public final class ReportExporter {
    private final WorkbookWriter workbook = new WorkbookWriter();
    private final PdfReportWriter pdf;

    public ReportExporter(ChartTheme theme) {
        this.pdf = new PdfReportWriter(theme);
    }

    /** An exporter with {@link ChartTheme#standard()} (fonts located on this machine). */
    public static ReportExporter standard() {
        return new ReportExporter(ChartTheme.standard());
    }

    /**
     * Writes {@code report} as a workbook and/or a PDF; both at once on two threads when both are
     * asked for (they share nothing but the immutable report).
     *
     * @param xlsx where to write the workbook; empty to skip
     * @param pdfPath where to write the PDF; empty to skip
     * @return the files written, in that order
     * @throws IllegalArgumentException when neither output is given
     */
    public List<Path> exportPlan(PlanReport report, Optional<Path> xlsx, Optional<Path> pdfPath) throws IOException {
        requireOutput(xlsx, pdfPath);
        List<Path> written = new ArrayList<>();
        java.util.concurrent.CompletableFuture<Path> pdfDone = pdfPath.isEmpty() ? null
                : java.util.concurrent.CompletableFuture.supplyAsync(() -> uncheckedAtomically(pdfPath.get(),
                        out -> pdf.write(report, out)), ReportExporter::startDaemon);
        try {
            if (xlsx.isPresent()) {
                written.add(atomically(xlsx.get(), out -> workbook.write(report, out)));
            }
        } finally {
            if (pdfDone != null) {
                written.add(joined(pdfDone));
            }
        }
        return written;
    }

    private static void startDaemon(Runnable task) {
        Thread t = new Thread(task, "hallplan-pdf");
        t.setDaemon(true);
        t.start();
    }

    private static Path uncheckedAtomically(Path target, AtomicFiles.ContentWriter writer) {
        try {
            return atomically(target, writer);
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    /** The future's path, with an I/O failure on the other thread rethrown as the IOException it was. */
    private static Path joined(java.util.concurrent.CompletableFuture<Path> done) throws IOException {
        try {
            return done.join();
        } catch (java.util.concurrent.CompletionException ex) {
            Throwable cause = ex.getCause();
            if (cause instanceof java.io.UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException rt) {
                throw rt;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * Compares {@code scenarios} over a TCO horizon of {@code years} (±20% price cases) and writes
     * the comparison workbook and/or PDF.
     *
     * @throws IllegalArgumentException with fewer than two scenarios, {@code years < 1} or no output
     */
    public List<Path> exportComparison(List<PlanReport> scenarios, int years, Optional<Path> xlsx,
                                       Optional<Path> pdfPath) throws IOException {
        requireOutput(xlsx, pdfPath);
        ScenarioComparison comparison = ScenarioComparison.of(scenarios, years);
        List<Path> written = new ArrayList<>();
        if (xlsx.isPresent()) {
            written.add(atomically(xlsx.get(), out -> workbook.writeComparison(comparison, out)));
        }
        if (pdfPath.isPresent()) {
            written.add(atomically(pdfPath.get(), out -> pdf.writeComparison(comparison, out)));
        }
        return written;
    }

    private static void requireOutput(Optional<Path> xlsx, Optional<Path> pdfPath) {
        if (xlsx.isEmpty() && pdfPath.isEmpty()) {
            throw new IllegalArgumentException("Nothing to export: give an .xlsx and/or a .pdf output path");
        }
    }

    private static Path atomically(Path target, AtomicFiles.ContentWriter writer) throws IOException {
        AtomicFiles.write(target, writer);
        return target;
    }
}
