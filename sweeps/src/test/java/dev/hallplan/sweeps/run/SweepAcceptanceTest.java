package dev.hallplan.sweeps.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CatalogLoader;
import dev.hallplan.engine.kpi.PlanKpis;
import dev.hallplan.engine.kpi.PlanReportBuilder;
import dev.hallplan.engine.perf.ModelZoo;
import dev.hallplan.engine.plan.Planning;
import dev.hallplan.engine.plan.ReplicaSizing;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.solver.PlannerService;
import dev.hallplan.engine.solver.SolveOptions;
import dev.hallplan.engine.solver.SolveResult;
import dev.hallplan.samples.Samples;
import dev.hallplan.sweeps.point.PointChanges;
import dev.hallplan.sweeps.spec.SweepPoint;
import dev.hallplan.sweeps.workbook.SweepWorkbook;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance test: a 24-point sweep of the default sample on embedded Spark in
 * local[2] (tasks and results serialized) with short, step-limited solves gives 24 rows whose
 * figures equal a direct solve and year simulation of the same changed project, and a workbook
 * that opens.
 */
class SweepAcceptanceTest {
    static final int STEPS = 200;
    static final String SPEC = """
            {
              "name": "acceptance",
              "scenarios": ["H200", "B200", "MI325X"],
              "axes": [
                {"name": "nvidiaPrice", "kind": "hardwarePrice", "vendor": "NVIDIA", "min": 0.7, "max": 1.3},
                {"name": "energyPrice", "kind": "energyPrice", "min": 0.5, "max": 2.0},
                {"name": "carbonPrice", "kind": "carbonPrice", "values": [0, 1, 5]},
                {"name": "chatDemand", "kind": "demand", "workload": "chat-70b", "min": 0.8, "max": 1.4},
                {"name": "renewables", "kind": "renewables", "min": 0.25, "max": 3.0}
              ],
              "sampling": {"method": "latinHypercube", "points": 24, "seed": 11},
              "solve": {"steps": %d, "seed": 3}
            }""".formatted(STEPS);

    @TempDir
    static Path dir;
    static Sweep sweep;
    static SweepOutcome outcome;
    static Map<Integer, Row> parquetRows = new HashMap<>();

    @BeforeAll
    static void runSweep() throws Exception {
        Path project = Files.writeString(dir.resolve("default.hallplan.json"), Samples.json("default"));
        Path spec = Files.writeString(dir.resolve("acceptance.sweep.json"), SPEC);
        sweep = Sweep.prepare(project, spec, dir.resolve("out"), false);
        outcome = sweep.run(LocalSpark.session(), SweepListener.NONE);
        for (Row r : LocalSpark.session().read().parquet(outcome.parquet().toString()).collectAsList()) {
            parquetRows.put(r.getInt(r.fieldIndex("point")), r);
        }
    }

    @Test
    void everyPointIsOneRowInParquetAndCsv() throws Exception {
        assertEquals(24, outcome.points());
        assertEquals(24, outcome.evaluated());
        assertEquals(24, parquetRows.size());
        try (Reader in = Files.newBufferedReader(outcome.csv())) {
            List<CSVRecord> csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
            assertEquals(24, csv.size());
            assertEquals(sweep.manifest().projectHash(), csv.get(0).get("projectHash"));
            assertEquals(sweep.manifest().specHash(), csv.get(0).get("specHash"));
        }
    }

    @Test
    void eachRowEqualsADirectSolveAndSimulationOfTheSameChangedProject() {
        Project base = Samples.load("default");
        Catalog builtIn = CatalogLoader.builtIn();
        ModelZoo zoo = ModelZoo.builtIn();
        int withoutPriceChange = 0;
        for (SweepPoint p : sweep.points()) {
            Project changed = PointChanges.apply(base, p, sweep.spec().axes());
            ReplicaSizing sizing = new ReplicaSizing(PointChanges.catalog(builtIn, p, sweep.spec().axes()), zoo);
            Scenario s = changed.scenarioOrFirst(p.scenario());
            SolveResult solved;
            try (PlannerService service = Planning.service(sizing)) {
                solved = service.solve(s, new SolveOptions(0, 0, STEPS, true, 3));
            }
            Scenario planned = s.withPlan(solved.plan());
            PlanKpis direct = new PlanReportBuilder(sizing).build(changed.withScenario(planned), planned).kpis();
            Row row = parquetRows.get(p.index());
            String at = "point " + p.index();
            assertEquals(p.scenario(), row.getAs("scenario"), at);
            assertEquals(solved.status().name(), row.getAs("status"), at);
            assertEquals(solved.plan().score(), row.getAs("score"), at);
            assertEquals(direct.usdPerMillionOutputTokens(), (double) row.getAs("usdPerMillionOutputTokens"), 0, at);
            assertEquals(direct.annualCo2eKg(), (double) row.getAs("annualCo2eKg"), 0, at);
            assertEquals(direct.capexUsd(), (double) row.getAs("capexUsd"), 0, at);
            assertEquals(direct.annualOpexUsd(), (double) row.getAs("annualOpexUsd"), 0, at);
            assertEquals(direct.annualTcoUsd(), (double) row.getAs("annualTcoUsd"), 0, at);
            assertEquals(direct.power().itFullLoadWatts(), (double) row.getAs("itFullLoadWatts"), 0, at);
            assertEquals(direct.power().itPeakHourWatts(), (double) row.getAs("itPeakHourWatts"), 0, at);
            assertEquals(direct.power().facilityPeakHourWatts(), (double) row.getAs("facilityPeakHourWatts"), 0, at);
            assertEquals(direct.annualPue(), (double) row.getAs("annualPue"), 0, at);
            assertEquals(direct.annualFacilityEnergyJoules(), (double) row.getAs("annualFacilityEnergyJoules"), 0, at);
            assertEquals(direct.outputTokensPerSecond(), (double) row.getAs("outputTokensPerSecond"), 0, at);
            assertEquals(direct.renewableShare(), (double) row.getAs("renewableShare"), 0, at);
            assertEquals(direct.carbonFreeShare(), (double) row.getAs("carbonFreeShare"), 0, at);
            assertEquals(direct.racks(), (int) row.getAs("racks"), at);
            assertEquals(direct.violations().size(), (int) row.getAs("violationCount"), at);
            direct.workloads().forEach(w -> assertEquals(w.servedShareOfPeak(),
                    (double) row.getAs("served:" + w.workloadId()), 0, at + " " + w.workloadId()));
            assertEquals(p.multiplier("energyPrice"), (double) row.getAs("energyPrice"), 0, at);
            if (p.multiplier("nvidiaPrice") == 1.0) {
                withoutPriceChange++;
            }
        }
        assertTrue(withoutPriceChange < sweep.points().size(), "the design must move hardware prices");
    }

    @Test
    void theAxesMoveTheFigures() {
        // a sweep whose rows all carry the same cost would pass the comparison above without testing the changes
        long distinctCosts = parquetRows.values().stream().map(r -> (Double) r.getAs("usdPerMillionOutputTokens")).distinct().count();
        long distinctEmissions = parquetRows.values().stream().map(r -> (Double) r.getAs("annualCo2eKg")).distinct().count();
        assertTrue(distinctCosts > 12, "costs: " + distinctCosts);
        assertTrue(distinctEmissions > 12, "emissions: " + distinctEmissions);
    }

    @Test
    void theSummaryWorkbookOpensWithItsSheetsChartsAndEveryPoint() throws Exception {
        try (InputStream in = Files.newInputStream(outcome.workbook()); Workbook wb = new XSSFWorkbook(in)) {
            for (int i = 0; i < SweepWorkbook.SHEETS.size(); i++) {
                assertEquals(SweepWorkbook.SHEETS.get(i), wb.getSheetName(i));
            }
            assertEquals(24, wb.getSheet("Points").getLastRowNum(), "a header row and 24 point rows");
            // Summary: one percentile row per scenario below the header; P50 between min and max
            var summary = wb.getSheet("Summary");
            int header = findRow(summary, "Scenario");
            for (int r = header + 1; r <= header + 3; r++) {
                double min = summary.getRow(r).getCell(4).getNumericCellValue();
                double p50 = summary.getRow(r).getCell(7).getNumericCellValue();
                double max = summary.getRow(r).getCell(10).getNumericCellValue();
                assertTrue(min <= p50 && p50 <= max && min > 0, summary.getRow(r).getCell(0).getStringCellValue());
            }
            assertEquals(1, ((XSSFSheet) wb.getSheet("Tornado")).getDrawingPatriarch().getCharts().size());
            assertEquals(6, wb.getSheet("Tornado").getLastRowNum() - 2, "scenario and five axes");
            var pareto = (XSSFSheet) wb.getSheet("Pareto");
            assertEquals(1, pareto.getDrawingPatriarch().getCharts().size());
            assertFalse(pareto.getRow(3).getCell(6).toString().isBlank(), "the front has a point");
        }
    }

    private static int findRow(org.apache.poi.ss.usermodel.Sheet sheet, String firstCell) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            var row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && firstCell.equals(row.getCell(0).toString())) {
                return r;
            }
        }
        throw new AssertionError("no row starting with " + firstCell);
    }
}
