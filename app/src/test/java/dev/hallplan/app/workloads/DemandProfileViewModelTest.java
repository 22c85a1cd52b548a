package dev.hallplan.app.workloads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.app.testutil.StubFileDialogs;
import dev.hallplan.app.testutil.TestEngine;
import dev.hallplan.app.workspace.BackgroundTasks;
import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.app.workspace.ScenarioReports;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.supply.HourlyProfile;
import dev.hallplan.samples.Profiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemandProfileViewModelTest {
    private final ProjectViewModel document = new ProjectViewModel();
    private final BackgroundTasks tasks = new BackgroundTasks(Runnable::run, Runnable::run);
    private final StubFileDialogs files = new StubFileDialogs();
    private final WorkloadsViewModel workloads = new WorkloadsViewModel(document,
            new ScenarioReports(document, tasks, (p, s) -> null), CompletableFuture.completedFuture(TestEngine.sizing()), tasks);
    private final DemandProfileViewModel vm = new DemandProfileViewModel(workloads, files, tasks);
    @TempDir
    Path dir;

    DemandProfileViewModelTest() {
        document.open(OneRackHall.project(), null, true);
        workloads.add();
    }

    private HourlyProfile shape() {
        return document.scenarioProperty().get().workloads().get(0).demand().shareOfPeak();
    }

    @Test
    void aPresetSetsTheShapeAsOneEditAndTheFiguresFollow() {
        assertEquals("Flat", vm.shapeProperty().get());
        assertEquals("Peak 10 req/s · mean 10 req/s (100% of peak)", vm.figuresProperty().get());
        assertTrue(vm.applyPreset(DemandPreset.OFFICE_HOURS));
        assertEquals(Profiles.businessHours(), shape());
        assertEquals("Edit demand profile of workload-1", document.undoNameProperty().get());
        assertEquals("Office hours", vm.shapeProperty().get());
        // mean share of the office-hours week (documented shape): below a half
        double mean = 10 * Profiles.businessHours().yearMean();
        assertTrue(vm.figuresProperty().get().startsWith("Peak 10 req/s · mean "), vm.figuresProperty().get());
        assertTrue(mean < 5, "mean " + mean);
    }

    @Test
    void aBadCsvChangesNothingAndNamesTheLine() throws Exception {
        Path bad = dir.resolve("demand.csv");
        StringBuilder b = new StringBuilder("requests_per_second\n");
        for (int i = 0; i < 8760; i++) {
            b.append(i == 41 ? "lots" : "5").append('\n');
        }
        Files.writeString(bad, b);
        Project before = document.projectProperty().get();
        files.choices.add(bad);
        assertFalse(vm.chooseAndImport().get());
        assertSame(before, document.projectProperty().get());
        // header is line 1, value i is on line i + 2
        assertTrue(vm.errorProperty().get().contains("line 43: 'lots' is not a number"), vm.errorProperty().get());
        assertEquals("open HOURLY_CSV", files.asked.get(0));
    }

    @Test
    void aGoodCsvBecomesTheShapeScaledToItsBusiestHourAndKeepsThePeak() throws Exception {
        Path good = dir.resolve("year.csv");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 8760; i++) {
            b.append(i % 24 == 20 ? "40" : "10").append('\n');
        }
        Files.writeString(good, b);
        assertTrue(vm.importCsv(good).get());
        assertEquals(8760, shape().length());
        assertEquals(1.0, shape().at(20));
        assertEquals(0.25, shape().at(21));
        assertEquals(10, document.scenarioProperty().get().workloads().get(0).demand().peakRequestsPerSecond());
        assertEquals("Custom (8760 h)", vm.shapeProperty().get());
        assertEquals("", vm.errorProperty().get());
    }
}
