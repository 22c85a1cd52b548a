package dev.hallplan.app.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.app.cli.CompareCommand;
import dev.hallplan.app.export.ExportViewModel;
import dev.hallplan.app.plan.EnginePlanning;
import dev.hallplan.app.plan.PlanViewModel;
import dev.hallplan.app.services.PropertiesSettingsStore;
import dev.hallplan.app.services.Services;
import dev.hallplan.app.testutil.PlannedSamples;
import dev.hallplan.app.testutil.ScriptedDialogs;
import dev.hallplan.app.testutil.StubFileDialogs;
import dev.hallplan.app.testutil.TestEngine;
import dev.hallplan.app.workspace.BackgroundTasks;
import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.app.workspace.ScenarioReports;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.file.ProjectFiles;
import dev.hallplan.reports.compare.BomDifference;
import dev.hallplan.reports.compare.MetricRow;
import dev.hallplan.reports.compare.ScenarioComparison;
import dev.hallplan.reports.compare.TcoTornadoDataset;
import dev.hallplan.reports.export.ReportExporter;
import dev.hallplan.samples.Samples;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CompareViewModelTest {
    @TempDir
    Path dir;
    private final ProjectViewModel document = new ProjectViewModel();
    private final StubFileDialogs files = new StubFileDialogs();
    private final EnginePlanning planning = new EnginePlanning(TestEngine::sizing);
    private CompareViewModel vm;

    @BeforeEach
    void wire() {
        Services services = new Services(new ScriptedDialogs(), files, f -> { }, new PropertiesSettingsStore(dir.resolve("s.properties")),
                Clock.systemUTC(), Runnable::run, Runnable::run);
        BackgroundTasks tasks = new BackgroundTasks(Runnable::run, Runnable::run);
        ScenarioReports reports = new ScenarioReports(document, tasks, planning::report);
        PlanViewModel plan = new PlanViewModel(document, reports, planning, tasks);
        ExportViewModel export = new ExportViewModel(document, reports, plan, planning, services, tasks, ReportExporter::standard);
        vm = new CompareViewModel(document, reports, tasks, export);
    }

    @AfterEach
    void close() {
        planning.close();
    }

    @Test
    void figuresEqualTheCompareCommandsWorkbookForTheSameScenarios() throws Exception {
        Path file = dir.resolve("planned.hallplan.json");
        ProjectFiles.save(PlannedSamples.plannedDefault(), file);
        Path xlsx = dir.resolve("cli.xlsx");
        int code = new CommandLine(new CompareCommand()).execute(file.toString(), "--scenarios", "B200,MI325X,H200",
                "--years", "4", "--xlsx", xlsx.toString(), "--quiet");
        assertEquals(0, code);

        document.open(ProjectFiles.load(file), file, true);
        assertEquals(List.of("H200", "B200", "MI325X"), vm.chosen(), "the planned scenarios are picked at first");
        vm.choose("H200", false);
        vm.choose("H200", true);
        vm.yearsProperty().set(4);
        ScenarioComparison c = vm.comparisonProperty().get();
        assertNotNull(c, vm.messageProperty().get());
        assertEquals(List.of("B200", "MI325X", "H200"), c.scenarioNames());

        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(2);
            for (int i = 0; i < 3; i++) {
                assertEquals(c.scenarioNames().get(i), header.getCell(2 + i).getStringCellValue());
            }
            int r = 3;
            for (MetricRow m : c.metrics()) {
                Row row = sheet.getRow(r++);
                CompareRow shown = vm.rows().get(r - 4);
                assertEquals(row.getCell(0).getStringCellValue(), shown.label());
                assertEquals(row.getCell(1).getStringCellValue(), shown.unit());
                for (int i = 0; i < 3; i++) {
                    double cell = row.getCell(2 + i).getNumericCellValue();
                    double mine = m.metric().unit().cellValue(shown.siValues().get(i));
                    assertEquals(cell, mine, Math.abs(cell) * 1e-12, shown.label() + " of " + c.scenarioNames().get(i));
                }
            }
            // tokens per dollar: a row of its own, the inverse of the cost per million tokens, the same in the workbook
            int perDollar = find(sheet, "Output tokens per dollar");
            int perMillion = find(sheet, "Cost per million output tokens");
            assertEquals("tokens/$", sheet.getRow(perDollar).getCell(1).getStringCellValue());
            for (int i = 0; i < 3; i++) {
                double million = sheet.getRow(perMillion).getCell(2 + i).getNumericCellValue();
                assertEquals(1e6 / million, sheet.getRow(perDollar).getCell(2 + i).getNumericCellValue(), 1e-6 * 1e6 / million);
            }
            assertTrue(vm.rows().stream().anyMatch(x -> x.label().equals("Output tokens per dollar")), "the view has the row");
            int capexRow = find(sheet, "Capex by BOM category") + 2;
            for (String category : c.bomByCategory().keySet()) {
                Row row = sheet.getRow(capexRow++);
                assertEquals(category, row.getCell(0).getStringCellValue());
                CompareRow shown = vm.rows().stream().filter(x -> x.label().equals("Capex: " + category)).findFirst().orElseThrow();
                for (int i = 0; i < 3; i++) {
                    assertEquals(row.getCell(2 + i).getNumericCellValue(), shown.siValues().get(i), 1e-6, category);
                }
            }
        }
    }

    @Test
    void showsTheBomDifferenceFromTheFirstAndTwoTornadoBarsPerScenario() {
        document.open(PlannedSamples.plannedDefault(), null, true);
        ScenarioComparison c = vm.comparisonProperty().get();
        assertNotNull(c, vm.messageProperty().get());
        assertEquals(6, TcoTornadoDataset.bars(c).size());
        assertTrue(vm.bomChanges().stream().anyMatch(b -> b.scenario().equals("B200")
                && b.change().kind() == BomDifference.Kind.ADDED), "B200 servers are added against H200: " + vm.bomChanges());
        assertTrue(vm.bomChanges().stream().anyMatch(b -> b.scenario().equals("B200")
                && b.change().kind() == BomDifference.Kind.REMOVED), "H200 servers are removed: " + vm.bomChanges());
        assertTrue(vm.rows().stream().anyMatch(r -> r.label().startsWith("Served share of peak demand: ")));
        // one read-only wrapper per list: a view's listener on a wrapper made per call could be collected with it
        assertSame(vm.rows(), vm.rows());
        assertSame(vm.chosen(), vm.chosen());
        assertSame(vm.scenarioNames(), vm.scenarioNames());
    }

    @Test
    void unplannedScenariosAreNamedAndNothingIsCompared() {
        document.open(Samples.load("default"), null, true);
        assertNull(vm.comparisonProperty().get());
        assertEquals("No plan yet for H200, B200, MI325X: press \"Solve unplanned\" (a short solve of each) or solve them in the"
                + " Plan tab.", vm.messageProperty().get());
        assertEquals(List.of("H200", "B200", "MI325X"), vm.unplanned());
        vm.choose("B200", false);
        vm.choose("MI325X", false);
        assertEquals("Pick two to four scenarios to compare.", vm.messageProperty().get());
        assertEquals(List.of(), vm.unplanned());
    }

    @Test
    void unplannedScenariosAreSolvedOffTheUiThreadKeptAsEditsAndThenCompared() {
        BackgroundTasks tasks = new BackgroundTasks(Runnable::run, Runnable::run);
        ScenarioReports reports = new ScenarioReports(document, tasks, planning::report);
        UnplannedSolves solves = new UnplannedSolves(document, reports, planning, tasks);
        solves.secondsProperty().set(2);
        Project planned = PlannedSamples.plannedDefault();
        // B200 without its plan: H200 and MI325X keep theirs
        document.open(planned.withScenario(planned.scenario("B200").orElseThrow().withPlan(null)), null, true);
        assertEquals(List.of("H200", "MI325X"), vm.chosen(), "the planned ones at first");
        vm.choose("B200", true);
        assertEquals(List.of("B200"), vm.unplanned());
        assertNull(vm.comparisonProperty().get());
        int kept = solves.solve(List.copyOf(vm.unplanned())).join();
        assertEquals(1, kept);
        assertTrue(solves.statusProperty().get().startsWith("1 of 1 solved"), solves.statusProperty().get());
        assertNotNull(document.projectProperty().get().scenario("B200").orElseThrow().plan(), "the plan is kept in the project");
        assertEquals("Solve B200 for comparison", document.undoNameProperty().get());
        assertEquals(List.of(), vm.unplanned());
        assertNotNull(vm.comparisonProperty().get(), vm.messageProperty().get());
        document.undo();
        assertEquals(List.of("B200"), vm.unplanned(), "undo takes the plan back out");
    }

    @Test
    void stoppingKeepsTheBestPlanSoFarAndSkipsTheRest() {
        BackgroundTasks tasks = new BackgroundTasks(Runnable::run, Runnable::run);
        ScenarioReports reports = new ScenarioReports(document, tasks, planning::report);
        UnplannedSolves solves = new UnplannedSolves(document, reports, planning, tasks);
        solves.secondsProperty().set(60);
        document.open(Samples.load("default"), null, true);
        var done = solves.solve(List.of("H200", "B200"));
        assertTrue(solves.runningProperty().get());
        solves.stop();
        assertEquals(1, done.join(), "H200's best plan so far is kept, B200 is not started");
        assertTrue(solves.statusProperty().get().contains("stopped"), solves.statusProperty().get());
        assertNotNull(document.projectProperty().get().scenario("H200").orElseThrow().plan());
        assertNull(document.projectProperty().get().scenario("B200").orElseThrow().plan());
    }

    @Test
    void exportWritesTheShownComparisonThroughTheCompareWriter() throws Exception {
        document.open(PlannedSamples.plannedDefault(), null, true);
        vm.choose("MI325X", false);
        files.choices.add(dir.resolve("two"));
        Optional<Path> written = vm.export().join();
        assertEquals(Optional.of(dir.resolve("two.xlsx")), written);
        try (InputStream in = Files.newInputStream(written.get()); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Row header = book.getSheetAt(0).getRow(2);
            assertEquals("H200", header.getCell(2).getStringCellValue());
            assertEquals("B200", header.getCell(3).getStringCellValue());
            assertEquals("Best", header.getCell(4).getStringCellValue(), "two scenarios, then the Best column");
        }
    }

    private static int find(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row " + label);
    }
}
