package dev.hallplan.reports.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.reports.PlanReportFixtures;
import dev.hallplan.reports.compare.ScenarioComparison;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class WorkbookPrintSetupTest {
    private final PlanReport report = PlanReportFixtures.twoHalls();

    @Test
    void everySheetPrintsLandscapeOnePageWideWithItsHeaderRepeatedAndAFooter() throws IOException {
        try (XSSFWorkbook wb = WorkbookWriterTest.roundTrip(report)) {
            for (String name : WorkbookWriter.SCENARIO_SHEETS) {
                XSSFSheet s = wb.getSheet(name);
                assertTrue(s.getPrintSetup().getLandscape(), name + " landscape");
                assertTrue(s.getFitToPage(), name + " fit to page");
                assertEquals(1, s.getPrintSetup().getFitWidth(), name + " one page wide");
                assertEquals(0, s.getPrintSetup().getFitHeight(), name + " as many pages tall as needed");
                assertTrue(s.getFooter().getLeft().contains(report.projectName() + " / " + report.scenarioName()), name);
                assertEquals("Page &P of &N", s.getFooter().getCenter(), name);
            }
            // list sheets repeat their one header row; the Summary its title lines and the KPI header
            for (String name : List.of("BOM", "Racks", "Deployments", "Energy", "Assumptions")) {
                assertEquals(new CellRangeAddress(0, 0, -1, -1), wb.getSheet(name).getRepeatingRows(), name);
            }
            assertEquals(SummarySheet.KPI_HEADER_ROW, wb.getSheet("Summary").getRepeatingRows().getLastRow());
        }
    }

    @Test
    void chartValueAxesStartAtZero() throws IOException {
        try (XSSFWorkbook wb = WorkbookWriterTest.roundTrip(report)) {
            int axes = 0;
            for (String name : List.of("Summary", "Energy")) {
                for (XSSFChart chart : wb.getSheet(name).getDrawingPatriarch().getCharts()) {
                    for (var axis : chart.getAxes()) {
                        if (axis instanceof XDDFValueAxis value) {
                            assertEquals(0.0, value.getMinimum(), chart.getTitleText().getString() + ": NaN when Excel picks the minimum");
                            axes++;
                        }
                    }
                }
            }
            assertEquals(3, axes, "capacity vs peak demand, energy by month, power by month");
        }
    }

    @Test
    void negativeValuesKeepTheAutomaticMinimum() {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("x");
            s.createRow(0).createCell(1).setCellValue("net export (MWh)");
            s.createRow(1).createCell(1).setCellValue(5);
            s.createRow(2).createCell(1).setCellValue(-3);
            List<ExcelCharts.Series> series = List.of(new ExcelCharts.Series(1, java.awt.Color.BLACK));
            assertTrue(ExcelCharts.anyNegative(s, 1, 2, series));
            s.getRow(2).getCell(1).setCellValue(3);
            assertTrue(!ExcelCharts.anyNegative(s, 1, 2, series));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void keyFiguresAreNamedRangesOnTheSummaryValues() throws IOException {
        try (XSSFWorkbook wb = WorkbookWriterTest.roundTrip(report)) {
            assertEquals(report.kpis().cost().capexUsd(), valueOf(wb, wb.getName("CAPEX_USD")), 1e-6);
            assertEquals(report.kpis().power().facilityFullLoadWatts() / 1e6, valueOf(wb, wb.getName("FACILITY_FULL_LOAD_MW")), 1e-9);
            assertEquals(report.kpis().energy().annualPue(), valueOf(wb, wb.getName("ANNUAL_PUE")), 1e-12);
            assertEquals(report.bomTotalUsd(), valueOf(wb, wb.getName("BOM_TOTAL_USD")), 1e-6);
            // tokens per dollar is the inverse of the cost per million tokens, both named
            double perMillion = valueOf(wb, wb.getName("USD_PER_MILLION_TOKENS"));
            assertEquals(1e6 / perMillion, valueOf(wb, wb.getName("OUTPUT_TOKENS_PER_USD")), 1e-9 * 1e6 / perMillion);
            assertEquals(1e6 / report.kpis().usdPerMillionOutputTokens(), valueOf(wb, wb.getName("OUTPUT_TOKENS_PER_USD")),
                    1e-6 * 1e6 / report.kpis().usdPerMillionOutputTokens());
            for (String name : KeyFigureNames.BY_LABEL.values()) {
                assertNotNull(wb.getName(name), name + " is defined");
            }
        }
    }

    @Test
    void comparisonScopesTheNamesToEachScenariosSummary() throws IOException {
        PlanReport b200 = PlanReportFixtures.twoHalls(PlanReportFixtures.B200);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WorkbookWriter().writeComparison(ScenarioComparison.of(List.of(report, b200), 5), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<? extends Name> capex = wb.getNames("CAPEX_USD");
            assertEquals(2, capex.size());
            assertEquals(2, wb.getNames("OUTPUT_TOKENS_PER_USD").size(), "tokens per dollar is named in each scenario's Summary");
            for (Name n : capex) {
                String sheet = wb.getSheetName(n.getSheetIndex());
                double expected = sheet.startsWith("B200") ? b200.kpis().capexUsd() : report.kpis().capexUsd();
                assertTrue(sheet.endsWith("Summary"), sheet);
                assertEquals(expected, valueOf(wb, n), 1e-6);
            }
            assertTrue(wb.getSheet("Compare").getPrintSetup().getLandscape());
            assertEquals("HallPlan", wb.getProperties().getCoreProperties().getCreator());
        }
    }

    @Test
    void documentPropertiesNameTheProjectScenarioAndAuthor() throws IOException {
        try (XSSFWorkbook wb = WorkbookWriterTest.roundTrip(report)) {
            var core = wb.getProperties().getCoreProperties();
            assertEquals(report.projectName() + ": " + report.scenarioName(), core.getTitle());
            assertEquals("HallPlan", core.getCreator());
            assertTrue(core.getSubject().contains("AI-inference hall plan"), core.getSubject());
        }
    }

    private static double valueOf(XSSFWorkbook wb, Name name) {
        CellReference ref = new AreaReference(name.getRefersToFormula(), wb.getSpreadsheetVersion()).getFirstCell();
        Cell cell = wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
        return cell.getNumericCellValue();
    }
}
