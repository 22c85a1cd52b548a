package dev.hallplan.reports.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.reports.PlanReportFixtures;
import dev.hallplan.reports.charts.ChartTheme;
import dev.hallplan.reports.charts.ReportFonts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportExporterTest {
    private final ReportExporter exporter = new ReportExporter(new ChartTheme(ReportFonts.none()));
    private final PlanReport h200 = PlanReportFixtures.twoHalls();

    @Test
    void exportPlanWritesBothFilesAndNoTemporaries(@TempDir Path dir) throws IOException {
        Path xlsx = dir.resolve("plan.xlsx");
        Path pdf = dir.resolve("plan.pdf");
        assertEquals(List.of(xlsx, pdf), exporter.exportPlan(h200, Optional.of(xlsx), Optional.of(pdf)));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx)); PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals("Summary", wb.getSheetName(0));
            assertEquals(5, doc.getNumberOfPages());
        }
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "temporary files left behind");
        }
    }

    @Test
    void exportComparisonWritesTheCompareSheet(@TempDir Path dir) throws IOException {
        Path xlsx = dir.resolve("compare.xlsx");
        exporter.exportComparison(List.of(h200, PlanReportFixtures.twoHalls(PlanReportFixtures.B200)), 3,
                Optional.of(xlsx), Optional.empty());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertEquals("Compare", wb.getSheetName(0));
            assertTrue(wb.getSheet("Compare").getRow(0).getCell(0).getStringCellValue().contains("over 3 years"));
        }
    }

    @Test
    void exportWithoutOutputsIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> exporter.exportPlan(h200, Optional.empty(), Optional.empty()));
        assertTrue(e.getMessage().contains("Nothing to export"));
    }

    @Test
    void exportIntoAMissingDirectoryNamesIt(@TempDir Path dir) {
        Path missing = dir.resolve("nope").resolve("plan.xlsx");
        IOException e = assertThrows(IOException.class,
                () -> exporter.exportPlan(h200, Optional.of(missing), Optional.empty()));
        assertTrue(e.getMessage().contains("nope"), e.getMessage());
    }
}
