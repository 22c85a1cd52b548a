package dev.hallplan.reports.pdf;

import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.kpi.Figure;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.reports.PlanReportFixtures;
import dev.hallplan.reports.charts.ChartTheme;
import dev.hallplan.reports.charts.ReportFonts;
import dev.hallplan.reports.compare.ScenarioComparison;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PdfReportWriterTest {
    static final Path OUT = Path.of("target", "pdf");
    private static final PlanReport REPORT = PlanReportFixtures.twoHalls();
    private static byte[] pdf;

    @BeforeAll
    static void writeOnce() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportWriter(ChartTheme.standard()).write(REPORT, out);
        pdf = out.toByteArray();
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("plan.pdf"), pdf);
    }

    private static String text(PDDocument doc) throws IOException {
        return new PDFTextStripper().getText(doc);
    }

    @Test
    void reportHasTitleKpisChartsFloorPlansAndAssumptions() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = text(doc);
            for (String expected : List.of("Frankfurt inference 2027", "Scenario: H200 halls",
                    Figure.IT_FULL_LOAD.label(), UnitFormat.watts(REPORT.kpis().power().itFullLoadWatts()),
                    Figure.IT_PEAK_HOUR.label(), UnitFormat.watts(REPORT.kpis().power().itPeakHourWatts()),
                    UnitFormat.usd(REPORT.kpis().capexUsd()),
                    UnitFormat.percent(REPORT.kpis().renewableShare()), "Bill of materials by category",
                    "Risks and violations", REPORT.kpis().violations().get(0), "Assumptions and sources",
                    "EEX Q1 2026 industrial tariff (estimate)")) {
                assertTrue(text.contains(expected), "missing: " + expected);
            }
        }
    }

    @Test
    void chartAndFloorPlanTextIsRealText() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = text(doc);
            // drawn through PdfBoxGraphics2D: selectable only if the font mapping worked
            assertTrue(text.contains("Energy by month and renewable share"), "chart title not extractable");
            assertTrue(text.contains("Hall hall-a · 40 racks"), "floor plan title not extractable");
        }
    }

    @Test
    void reportHasFivePages() throws IOException {
        // 1 title, KPIs, workloads and capacity chart; 2 energy and cost charts; 3 BOM and risks;
        // 4 both halls' floor plans; 5 assumptions
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(5, doc.getNumberOfPages());
        }
    }

    @Test
    void chartsAreVectorsNotImages() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                assertFalse(hasImage(page.getResources()), "a page holds a raster image");
            }
        }
    }

    @Test
    void fontsAreEmbeddedWhenATrueTypeFontExists() throws IOException {
        assumeTrue(ReportFonts.locate().embeddable(), "no TrueType font on this machine");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDResources resources = doc.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " not embedded");
                assertTrue(font.getName().contains("DejaVu"), font.getName());
            }
        }
    }

    @Test
    void pagesRenderToPng() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                var image = renderer.renderImageWithDPI(i, 80);
                assertTrue(ImageIO.write(image, "png", OUT.resolve("plan-page-" + (i + 1) + ".png").toFile()));
            }
        }
    }

    @Test
    void comparisonReportStartsWithTheComparisonPage() throws IOException {
        ScenarioComparison c = ScenarioComparison.of(List.of(REPORT,
                PlanReportFixtures.twoHalls(PlanReportFixtures.B200),
                PlanReportFixtures.twoHalls(PlanReportFixtures.MI325X)), 5);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportWriter(ChartTheme.standard()).writeComparison(c, out);
        Files.write(OUT.resolve("comparison.pdf"), out.toByteArray());
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper first = new PDFTextStripper();
            first.setStartPage(1);
            first.setEndPage(1);
            String page1 = first.getText(doc);
            assertTrue(page1.contains("Scenario comparison"));
            assertTrue(page1.contains("H200 halls") && page1.contains("B200 halls") && page1.contains("MI325X halls"));
            assertTrue(page1.contains("hardware price +20%"));
            assertTrue(doc.getNumberOfPages() >= 1 + 3 * 5, "comparison plus three reports");
            var image = new PDFRenderer(doc).renderImageWithDPI(0, 80);
            ImageIO.write(image, "png", OUT.resolve("comparison-page-1.png").toFile());
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(1, 80), "png", OUT.resolve("comparison-page-2.png").toFile());
            PDFTextStripper two = new PDFTextStripper();
            two.setStartPage(1);
            two.setEndPage(2);
            assertTrue(two.getText(doc).contains("TCO change from base prices"), "the TCO tornado is drawn with the comparison");
        }
    }

    private static boolean hasImage(PDResources resources) throws IOException {
        if (resources == null) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            var x = resources.getXObject(name);
            if (x instanceof PDImageXObject) {
                return true;
            }
            if (x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form && hasImage(form.getResources())) {
                return true;
            }
        }
        return false;
    }
}
