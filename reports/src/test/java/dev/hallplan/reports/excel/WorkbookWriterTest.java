package dev.hallplan.reports.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.engine.kpi.BomLine;
import dev.hallplan.engine.kpi.Figure;
import dev.hallplan.engine.kpi.KeyFigures;
import dev.hallplan.engine.kpi.MonthlyEnergy;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.reports.PlanReportFixtures;
import dev.hallplan.reports.compare.ScenarioComparison;
import dev.hallplan.reports.units.ReportUnits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class WorkbookWriterTest {
    private final PlanReport report = PlanReportFixtures.twoHalls();

    static XSSFWorkbook roundTrip(PlanReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WorkbookWriter().write(report, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static Row rowLabelled(XSSFSheet sheet, String label) {
        for (Row row : sheet) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("No row '" + label + "' in " + sheet.getSheetName());
    }

    @Test
    void everyScenarioSheetIsPresentInOrder() throws IOException {
        try (XSSFWorkbook wb = roundTrip(report)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(WorkbookWriter.SCENARIO_SHEETS, names);
        }
    }

    @Test
    void bomTotalIsAFormulaWhoseCachedValueIsTheBomTotal() throws IOException {
        try (XSSFWorkbook wb = roundTrip(report)) {
            Cell total = rowLabelled(wb.getSheet("BOM"), "Total").getCell(BomSheet.EXTENDED_PRICE);
            assertEquals(CellType.FORMULA, total.getCellType());
            assertEquals("SUM(G2:G" + (report.bom().size() + 1) + ")", total.getCellFormula());
            assertEquals(report.bomTotalUsd(), total.getNumericCellValue(), 1e-6);
        }
    }

    @Test
    void changingAUnitPriceRecalculatesTheTotals() throws IOException {
        try (XSSFWorkbook wb = roundTrip(report)) {
            XSSFSheet bom = wb.getSheet("BOM");
            BomLine first = report.bom().get(0);
            double newPrice = first.unitPriceUsd() + 10_000;
            bom.getRow(1).getCell(BomSheet.UNIT_PRICE).setCellValue(newPrice);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            // the total moves by quantity × the price change; the Summary's live BOM total follows
            double expected = report.bomTotalUsd() + first.quantity() * 10_000.0;
            assertEquals(expected, rowLabelled(bom, "Total").getCell(BomSheet.EXTENDED_PRICE).getNumericCellValue(), 1e-6);
            assertEquals(first.quantity() * newPrice, bom.getRow(1).getCell(BomSheet.EXTENDED_PRICE).getNumericCellValue(), 1e-6);
            Cell live = rowLabelled(wb.getSheet("Summary"), "BOM total (live from the BOM sheet)").getCell(1);
            assertEquals(expected, live.getNumericCellValue(), 1e-6);
        }
    }

    @Test
    void energyYearRowSumsTheMonthsInMegawattHours() throws IOException {
        try (XSSFWorkbook wb = roundTrip(report)) {
            Row year = rowLabelled(wb.getSheet("Energy"), "Year");
            double facility = report.monthlyEnergy().stream().mapToDouble(MonthlyEnergy::facilityEnergyJoules).sum();
            Cell cell = year.getCell(EnergySheet.FACILITY);
            assertEquals(CellType.FORMULA, cell.getCellType());
            assertEquals(ReportUnits.megawattHours(facility), cell.getNumericCellValue(), 1e-6);
            double cost = report.monthlyEnergy().stream().mapToDouble(MonthlyEnergy::energyCostUsd).sum();
            assertEquals(cost, year.getCell(EnergySheet.ENERGY_COST).getNumericCellValue(), 1e-6);
            // the year's renewable share is renewable / facility energy, the KPI's definition
            assertEquals(report.kpis().renewableShare(), year.getCell(12).getNumericCellValue(), 1e-9);
        }
    }

    @Test
    void summaryShowsKpisInTheUnitOfItsUnitColumn() throws IOException {
        try (XSSFWorkbook wb = roundTrip(report)) {
            Row it = rowLabelled(wb.getSheet("Summary"), Figure.IT_FULL_LOAD.label());
            assertEquals(report.kpis().power().itFullLoadWatts() / 1e6, it.getCell(1).getNumericCellValue(), 1e-9);
            Row hour = rowLabelled(wb.getSheet("Summary"), Figure.IT_PEAK_HOUR.label());
            assertEquals(report.kpis().power().itPeakHourWatts() / 1e6, hour.getCell(1).getNumericCellValue(), 1e-9);
            assertEquals("MW", it.getCell(2).getStringCellValue());
            Row share = rowLabelled(wb.getSheet("Summary"), "Renewable share");
            assertEquals("0.0%", share.getCell(1).getCellStyle().getDataFormatString());
        }
    }

    @Test
    void summaryListsEveryKeyFigureOnceInTheEnginesOrder() throws IOException {
        try (XSSFWorkbook wb = roundTrip(report)) {
            XSSFSheet summary = wb.getSheet("Summary");
            List<String> labels = new java.util.ArrayList<>();
            for (int r = SummarySheet.KPI_HEADER_ROW + 1; r <= SummarySheet.KPI_HEADER_ROW + Figure.values().length; r++) {
                labels.add(summary.getRow(r).getCell(0).getStringCellValue());
            }
            assertEquals(KeyFigures.of(report).stream().map(f -> f.label()).toList(), labels);
        }
    }

    @Test
    void listSheetsHaveFrozenHeadersAndFilters() throws IOException {
        try (XSSFWorkbook wb = roundTrip(report)) {
            for (String name : List.of("BOM", "Racks", "Deployments", "Energy", "Assumptions")) {
                XSSFSheet s = wb.getSheet(name);
                assertEquals(1, s.getPaneInformation().getHorizontalSplitTopRow(), name);
                assertTrue(s.getCTWorksheet().isSetAutoFilter(), name);
            }
        }
    }

    @Test
    void racksAndDeploymentsHaveOneRowPerItem() throws IOException {
        try (XSSFWorkbook wb = roundTrip(report)) {
            assertEquals(report.racks().size(), wb.getSheet("Racks").getLastRowNum());
            assertEquals(report.deployments().size(), wb.getSheet("Deployments").getLastRowNum());
            assertEquals(report.racks().get(5).rackId(), wb.getSheet("Racks").getRow(6).getCell(1).getStringCellValue());
        }
    }

    @Test
    void summaryWorkloadTableGivesTheReportsUnmetDemandReason() throws IOException {
        try (XSSFWorkbook wb = roundTrip(report)) {
            var sheet = wb.getSheet("Summary");
            int header = -1;
            for (int r = 0; r <= sheet.getLastRowNum() && header < 0; r++) {
                var row = sheet.getRow(r);
                if (row != null && row.getCell(8) != null && "Unmet demand: why".equals(row.getCell(8).getStringCellValue())) {
                    header = r;
                }
            }
            assertTrue(header >= 0, "the workload table has the reason column");
            var kpis = report.kpis().workloads();
            for (int i = 0; i < kpis.size(); i++) {
                assertEquals(kpis.get(i).unmetDemandReason(), sheet.getRow(header + 1 + i).getCell(8).getStringCellValue());
            }
            assertTrue(kpis.stream().anyMatch(k -> !k.unmetDemandReason().isEmpty()), "the fixture has an under-served workload");
        }
    }

    @Test
    void deploymentsSayWhichStatisticTheirLatenciesAre() throws IOException {
        try (XSSFWorkbook wb = roundTrip(report)) {
            var sheet = wb.getSheet("Deployments");
            assertEquals("TTFT/TPOT statistic", sheet.getRow(0).getCell(16).getStringCellValue());
            assertEquals(report.deployments().get(0).latencyStatistic(), sheet.getRow(1).getCell(16).getStringCellValue());
        }
    }

    @Test
    void summaryAndEnergyCarryNativeCharts() throws IOException {
        try (XSSFWorkbook wb = roundTrip(report)) {
            assertEquals(1, wb.getSheet("Summary").getDrawingPatriarch().getCharts().size());
            assertEquals(2, wb.getSheet("Energy").getDrawingPatriarch().getCharts().size());
            assertEquals("Power by month", wb.getSheet("Energy").getDrawingPatriarch().getCharts().get(1)
                    .getTitleText().getString());
        }
    }

    @Test
    void comparisonWorkbookStartsWithCompareAndPrefixesScenarioSheets() throws IOException {
        ScenarioComparison c = ScenarioComparison.of(List.of(report,
                PlanReportFixtures.twoHalls(PlanReportFixtures.B200)), 5);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WorkbookWriter().writeComparison(c, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals("Compare", wb.getSheetName(0));
            assertEquals("H200 halls Summary", wb.getSheetName(1));
            assertEquals(13, wb.getNumberOfSheets());
            Row capex = rowLabelled(wb.getSheet("Compare"), "Capex");
            assertEquals(report.kpis().capexUsd(), capex.getCell(2).getNumericCellValue(), 1e-6);
            String winner = capex.getCell(4).getStringCellValue();
            assertEquals(c.scenarioNames().get(c.row(dev.hallplan.reports.compare.ComparisonMetric.CAPEX)
                    .winner().getAsInt()), winner);
            Row bomTotal = rowLabelled(wb.getSheet("Compare"), "Total");
            assertEquals(report.bomTotalUsd(), bomTotal.getCell(2).getNumericCellValue(), 1e-6);
        }
    }

    @Test
    void sheetPrefixesAreShortUniqueAndSafe() {
        PlanReport a = PlanReportFixtures.twoHalls();
        List<String> p = WorkbookWriter.prefixes(List.of(a, a), true);
        assertEquals(List.of("H200 halls ", "H200 halls~2 "), p);
        assertTrue(("X".repeat(17) + "~2 Deployments").length() <= 31);
    }
}
