package dev.hallplan.reports.pdf;

import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.reports.charts.ChartTheme;
import dev.hallplan.reports.charts.ReportCharts;
import dev.hallplan.reports.compare.ScenarioComparison;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes the executive PDF report of a plan, or of a comparison (comparison pages followed by each
 * scenario's report). Charts are drawn as vectors; text uses the theme's TrueType font, embedded
 * and selectable (Standard 14 Helvetica, not embedded, when no TrueType font was found).
 */
public final class PdfReportWriter {
    private final ChartTheme theme;

    /** @param theme fonts and colours; its {@link dev.hallplan.reports.charts.ReportFonts} are embedded */
    public PdfReportWriter(ChartTheme theme) {
        this.theme = java.util.Objects.requireNonNull(theme, "theme");
    }

    /** Writes one scenario's report to {@code out} (not closed). */
    public void write(PlanReport report, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            info(doc, report.projectName() + ": " + report.scenarioName());
            PdfFonts fonts = new PdfFonts(doc, theme.fonts());
            try (PdfLayout layout = new PdfLayout(doc, fonts, footer(report))) {
                new PlanPages(new ReportCharts(theme)).write(layout, report);
            }
            doc.save(out);
        }
    }

    /** Writes the comparison pages and then every scenario's report to {@code out} (not closed). */
    public void writeComparison(ScenarioComparison comparison, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PlanReport first = comparison.scenarios().get(0);
            info(doc, first.projectName() + ": " + String.join(" vs ", comparison.scenarioNames()));
            PdfFonts fonts = new PdfFonts(doc, theme.fonts());
            ReportCharts charts = new ReportCharts(theme);
            try (PdfLayout layout = new PdfLayout(doc, fonts, "HallPlan · " + first.projectName() + " · comparison")) {
                new ComparisonPages(charts).write(layout, comparison);
            }
            for (PlanReport report : comparison.scenarios()) {
                try (PdfLayout layout = new PdfLayout(doc, fonts, footer(report))) {
                    new PlanPages(charts).write(layout, report);
                }
            }
            doc.save(out);
        }
    }

    private static String footer(PlanReport report) {
        return "HallPlan · " + report.projectName() + " · " + report.scenarioName();
    }

    private static void info(PDDocument doc, String title) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("HallPlan");
    }
}
