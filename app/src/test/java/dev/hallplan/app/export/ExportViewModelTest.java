package dev.hallplan.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.app.plan.EnginePlanning;
import dev.hallplan.app.plan.PlanViewModel;
import dev.hallplan.app.services.PropertiesSettingsStore;
import dev.hallplan.app.services.Services;
import dev.hallplan.app.testutil.ScriptedDialogs;
import dev.hallplan.app.testutil.StubFileDialogs;
import dev.hallplan.app.testutil.TestEngine;
import dev.hallplan.app.workspace.BackgroundTasks;
import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.app.workspace.ScenarioReports;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.solver.SolveOptions;
import dev.hallplan.engine.usecase.ScenarioPlanning;
import dev.hallplan.reports.excel.WorkbookWriter;
import dev.hallplan.reports.export.ReportExporter;
import dev.hallplan.samples.Samples;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewModelTest {
    @TempDir
    Path dir;
    private final ProjectViewModel document = new ProjectViewModel();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final StubFileDialogs files = new StubFileDialogs();
    private final EnginePlanning planning = new EnginePlanning(TestEngine::sizing);
    private ExportViewModel vm;

    private void open(Project p) {
        Services services = new Services(dialogs, files, f -> { }, new PropertiesSettingsStore(dir.resolve("s.properties")),
                Clock.systemUTC(), Runnable::run, Runnable::run);
        BackgroundTasks tasks = new BackgroundTasks(Runnable::run, Runnable::run);
        ScenarioReports reports = new ScenarioReports(document, tasks, planning::report);
        PlanViewModel plan = new PlanViewModel(document, reports, planning, tasks);
        vm = new ExportViewModel(document, reports, plan, planning, services, tasks, ReportExporter::standard);
        document.open(p, null, true);
    }

    @AfterEach
    void close() {
        planning.close();
    }

    @Test
    void compareWritesTheComparisonWorkbookOfPlannedScenariosWithoutAsking() throws Exception {
        Project sample = Samples.load("default");
        Project two = new Project(1, sample.name(), "", sample.scenarios().subList(0, 2));
        try (ScenarioPlanning p = new ScenarioPlanning(TestEngine.sizing())) {
            for (Scenario s : List.copyOf(two.scenarios())) {
                two = p.solve(two, two.scenarioOrFirst(s.name()), SolveOptions.reproducibleSteps(30)).project();
            }
        }
        open(two);
        files.choices.add(dir.resolve("cmp"));
        Optional<Path> written = vm.compareScenarios().join();
        assertEquals(Optional.of(dir.resolve("cmp.xlsx")), written);
        assertEquals(List.of(), dialogs.asked, "both scenarios are planned: nothing to ask");
        try (InputStream in = Files.newInputStream(written.get()); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertEquals(WorkbookWriter.COMPARE_SHEET, book.getSheetName(0));
        }
        assertEquals("Wrote cmp.xlsx", vm.statusProperty().get());
    }

    @Test
    void compareNeedsTwoScenariosAndAsksBeforeSolvingUnplannedOnes() {
        Project sample = Samples.load("default");
        open(new Project(1, "one", "", sample.scenarios().subList(0, 1)));
        assertEquals(Optional.empty(), vm.compareScenarios().join());
        assertTrue(dialogs.asked.get(0).startsWith("error: Compare scenarios: A comparison needs"), dialogs.asked.toString());

        open(sample);
        dialogs.confirmations.add(false);
        assertEquals(Optional.empty(), vm.compareScenarios().join());
        assertTrue(dialogs.asked.get(1).startsWith("confirm: 3 of 3 scenarios have no plan"), dialogs.asked.toString());
        assertTrue(files.asked.isEmpty(), "declined: no file chooser");
    }

    @Test
    void exportingAnUnplannedScenarioAsksFirstAndDoesNothingWhenDeclined() {
        open(Samples.load("default"));
        dialogs.confirmations.add(false);
        assertEquals(Optional.empty(), vm.exportPdf().join());
        assertTrue(files.asked.isEmpty());
        assertEquals(null, document.scenarioProperty().get().plan());
    }
}
