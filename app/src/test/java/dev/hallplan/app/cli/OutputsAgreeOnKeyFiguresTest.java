package dev.hallplan.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hallplan.app.plan.KpiRow;
import dev.hallplan.app.plan.PlanViewModel;
import dev.hallplan.app.workspace.BackgroundTasks;
import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.app.workspace.ScenarioReports;
import dev.hallplan.engine.kpi.Figure;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.file.ProjectFiles;
import dev.hallplan.engine.solver.SolveOptions;
import dev.hallplan.engine.usecase.ScenarioPlanning;
import dev.hallplan.reports.compare.MetricUnit;
import dev.hallplan.samples.SampleProjects;
import dev.hallplan.samples.Samples;
import java.io.FileInputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One value per figure: for every sample, the figures of {@code simulate --json} and
 * {@code evaluate --json}, the workbook's Summary sheet, the PDF's text and the plan panel's view
 * model are equal wherever they carry the same label, and no output carries one label twice.
 */
class OutputsAgreeOnKeyFiguresTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static List<String> names() {
        return SampleProjects.NAMES;
    }

    /** One figure as the JSON outputs give it. */
    private record Shown(double value, String text) {
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyOutputShowsTheSameValueUnderTheSameLabel(String name) throws Exception {
        Project sample = Samples.load(name);
        Scenario first = sample.scenarios().get(0);
        Path planned = dir.resolve(name + ".planned.hallplan.json");
        try (ScenarioPlanning planning = new ScenarioPlanning(Engines.sizing())) {
            ProjectFiles.save(planning.solve(sample, first, SolveOptions.reproducibleSteps(20)).project(), planned);
        }
        String scenario = first.name();
        Map<String, Shown> simulate = figures(CliRun.of(new HallPlanCommand(), "simulate", planned.toString(), "--scenario", scenario,
                "--json"));
        Map<String, Shown> evaluate = figures(CliRun.of(new HallPlanCommand(), "evaluate", planned.toString(), "--scenario", scenario,
                "--json"));
        assertEquals(Figure.values().length, simulate.size(), "every figure once");
        assertEquals(simulate, evaluate, name + ": simulate and evaluate");

        Path xlsx = dir.resolve(name + ".xlsx");
        Path pdf = dir.resolve(name + ".pdf");
        CliRun export = CliRun.of(new HallPlanCommand(), "export", planned.toString(), "--scenario", scenario,
                "--xlsx", xlsx.toString(), "--pdf", pdf.toString());
        assertEquals(0, export.exitCode(), export.err());
        assertSummaryAgrees(name, xlsx, simulate);
        assertPdfAgrees(name, pdf, simulate);
        assertPlanPanelAgrees(name, planned, scenario, simulate);
    }

    private static Map<String, Shown> figures(CliRun run) throws Exception {
        assertTrue(run.exitCode() == 0 || run.exitCode() == 3 || run.exitCode() == 4, run.err());
        Map<String, Shown> out = new LinkedHashMap<>();
        for (JsonNode f : JSON.readTree(run.out()).get("figures")) {
            JsonNode v = f.get("value");
            Shown old = out.put(f.get("label").asText(), new Shown(v.isNull() ? Double.NaN : v.asDouble(), f.get("text").asText()));
            assertEquals(null, old, "label " + f.get("label") + " twice");
        }
        return out;
    }

    private static void assertSummaryAgrees(String name, Path xlsx, Map<String, Shown> json) throws Exception {
        try (FileInputStream in = new FileInputStream(xlsx.toFile()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet summary = wb.getSheet("Summary");
            int seen = 0;
            for (Row row : summary) {
                Cell label = row.getCell(0);
                if (label == null || label.getCellType() != CellType.STRING || !json.containsKey(label.getStringCellValue())) {
                    continue;
                }
                Shown f = json.get(label.getStringCellValue());
                MetricUnit unit = unitWithHeader(row.getCell(2).getStringCellValue());
                if (!Double.isNaN(f.value())) {
                    double si = unit.siValue(row.getCell(1).getNumericCellValue());
                    assertEquals(f.value(), si, 1e-9 * Math.max(1, Math.abs(f.value())), name + " Summary: " + label.getStringCellValue());
                }
                seen++;
            }
            assertEquals(json.size(), seen, name + ": the Summary sheet lists every figure once");
        }
    }

    private static MetricUnit unitWithHeader(String header) {
        for (MetricUnit u : MetricUnit.values()) {
            if (u.header().equals(header)) {
                return u;
            }
        }
        throw new AssertionError("no unit with header " + header);
    }

    private static void assertPdfAgrees(String name, Path pdf, Map<String, Shown> json) throws Exception {
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc);
        }
        List<String> lines = List.of(text.split("\n"));
        for (Figure f : Figure.values()) {
            Shown shown = json.get(f.label());
            // each key-figure tile is its label, then its value
            if (f.headline()) {
                assertTrue(text.contains(f.label() + "\n" + shown.text() + "\n"), name + " PDF: " + f.label() + " " + shown.text());
            }
            // and wherever else the label stands above a figure, it is the same figure
            for (int i = 0; i + 1 < lines.size(); i++) {
                String next = lines.get(i + 1).strip();
                if (lines.get(i).strip().equals(f.label()) && next.matches("^[$0-9].*")) {
                    assertEquals(shown.text(), next, name + " PDF: " + f.label() + " shows two values");
                }
            }
        }
    }

    private static void assertPlanPanelAgrees(String name, Path planned, String scenario, Map<String, Shown> json) throws Exception {
        Project project = ProjectFiles.load(planned);
        Scenario s = project.scenarioOrFirst(scenario);
        PlanViewModel vm;
        try (ScenarioPlanning planning = new ScenarioPlanning(Engines.sizing())) {
            // the desktop's plan panel as the workspace builds it: the report of the selected scenario's plan
            ProjectViewModel document = new ProjectViewModel();
            BackgroundTasks tasks = new BackgroundTasks(Runnable::run, Runnable::run);
            ScenarioReports reports = new ScenarioReports(document, tasks, planning::report);
            vm = new PlanViewModel(document, reports, null, tasks);
            document.open(project, planned, true);
            document.selectScenario(s.name());
        }
        assertNotNull(vm.reportProperty().get(), vm.statusProperty().get());
        Map<String, String> rows = new LinkedHashMap<>();
        for (KpiRow r : vm.kpis()) {
            if (json.containsKey(r.label())) {
                assertFalse(rows.containsKey(r.label()), name + " plan panel: " + r.label() + " twice");
                rows.put(r.label(), r.value());
            }
        }
        assertEquals(json.size(), rows.size());
        json.forEach((label, f) -> assertEquals(f.text(), rows.get(label), name + " plan panel: " + label));
    }
}
