package dev.hallplan.reports.export;

import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.project.file.AtomicFiles;
import dev.hallplan.reports.charts.ChartTheme;
import dev.hallplan.reports.compare.ScenarioComparison;
import dev.hallplan.reports.excel.WorkbookWriter;
import dev.hallplan.reports.pdf.PdfReportWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reports module's entry point for the CLI and the app: writes a plan's workbook and PDF, or a
 * comparison's, to the paths given. The targets are checked before any work
 * ({@link #checkTargets}); both documents are rendered in memory first and written only when both
 * are complete, each to a temporary sibling moved into place, so a failed export never leaves a
 * half-written file under the requested name nor one file of a pair that failed.
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
     * Writes {@code report} as a workbook and/or a PDF: both rendered at once on two threads when
     * both are asked for (they share nothing but the immutable report), written when both are done.
     *
     * @param xlsx where to write the workbook; empty to skip
     * @param pdfPath where to write the PDF; empty to skip
     * @return the files written, in that order
     * @throws IllegalArgumentException when neither output is given
     */
    public List<Path> exportPlan(PlanReport report, Optional<Path> xlsx, Optional<Path> pdfPath) throws IOException {
        checkTargets(xlsx, pdfPath);
        java.util.concurrent.CompletableFuture<byte[]> document = pdfPath.isEmpty() ? null
                : java.util.concurrent.CompletableFuture.supplyAsync(() -> uncheckedRender(out -> pdf.write(report, out)),
                        ReportExporter::startDaemon);
        // the PDF renders on a second thread meanwhile; if the workbook fails, its failure is reported
        byte[] book = xlsx.isPresent() ? render(out -> workbook.write(report, out)) : null;
        return writeAll(xlsx, book, pdfPath, document == null ? null : joined(document));
    }

    private static void startDaemon(Runnable task) {
        Thread t = new Thread(task, "hallplan-pdf");
        t.setDaemon(true);
        t.start();
    }

    private static byte[] uncheckedRender(AtomicFiles.ContentWriter writer) {
        try {
            return render(writer);
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    /** The future's bytes, with an I/O failure on the other thread rethrown as the IOException it was. */
    private static byte[] joined(java.util.concurrent.CompletableFuture<byte[]> done) throws IOException {
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
        checkTargets(xlsx, pdfPath);
        ScenarioComparison comparison = ScenarioComparison.of(scenarios, years);
        byte[] book = xlsx.isPresent() ? render(out -> workbook.writeComparison(comparison, out)) : null;
        byte[] document = pdfPath.isPresent() ? render(out -> pdf.writeComparison(comparison, out)) : null;
        return writeAll(xlsx, book, pdfPath, document);
    }

    /**
     * Checks the outputs before any work: at least one, not the same file twice, each writable
     * (its directory exists, and it is absent or a regular file).
     *
     * @throws IllegalArgumentException when neither output is given or both name one file
     * @throws IOException              saying what is wrong with a target
     */
    public static void checkTargets(Optional<Path> xlsx, Optional<Path> pdfPath) throws IOException {
        if (xlsx.isEmpty() && pdfPath.isEmpty()) {
            throw new IllegalArgumentException("Nothing to export: give an .xlsx and/or a .pdf output path");
        }
        if (xlsx.isPresent() && pdfPath.isPresent() && xlsx.get().toAbsolutePath().normalize().equals(pdfPath.get().toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("the workbook and the PDF would both be written to " + xlsx.get());
        }
        if (xlsx.isPresent()) {
            AtomicFiles.checkWritable(xlsx.get());
        }
        if (pdfPath.isPresent()) {
            AtomicFiles.checkWritable(pdfPath.get());
        }
    }

    private static byte[] render(AtomicFiles.ContentWriter writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        writer.write(out);
        return out.toByteArray();
    }

    private static List<Path> writeAll(Optional<Path> xlsx, byte[] book, Optional<Path> pdfPath, byte[] document) throws IOException {
        List<Path> written = new ArrayList<>();
        if (xlsx.isPresent()) {
            AtomicFiles.write(xlsx.get(), book);
            written.add(xlsx.get());
        }
        if (pdfPath.isPresent()) {
            AtomicFiles.write(pdfPath.get(), document);
            written.add(pdfPath.get());
        }
        return written;
    }
}
