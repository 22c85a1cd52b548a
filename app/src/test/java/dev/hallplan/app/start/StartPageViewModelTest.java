package dev.hallplan.app.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.app.document.Autosave;
import dev.hallplan.app.document.DocumentViewModel;
import dev.hallplan.app.document.ProjectLoader;
import dev.hallplan.app.document.RecentFiles;
import dev.hallplan.app.document.RecoveryStore;
import dev.hallplan.app.services.PropertiesSettingsStore;
import dev.hallplan.app.services.Services;
import dev.hallplan.app.testutil.ScriptedDialogs;
import dev.hallplan.app.testutil.StubFileDialogs;
import dev.hallplan.app.workspace.BackgroundTasks;
import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.samples.SampleInfo;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartPageViewModelTest {
    @TempDir
    Path dir;

    @Test
    void listsTheSamplesOnceReadAndOpensTheChosenOne() {
        ProjectViewModel document = new ProjectViewModel();
        List<Runnable> ui = new ArrayList<>();
        BackgroundTasks tasks = new BackgroundTasks(Runnable::run, ui::add);
        Services services = new Services(new ScriptedDialogs(), new StubFileDialogs(), f -> { },
                new PropertiesSettingsStore(dir.resolve("s.properties")), Clock.systemUTC(), Runnable::run, ui::add);
        DocumentViewModel documents = new DocumentViewModel(document, services, tasks, new ProjectLoader(() -> null),
                new RecentFiles(services.settings()), new Autosave(document, new RecoveryStore(dir), Runnable::run, Runnable::run,
                Clock.systemUTC()));
        StartPageViewModel vm = new StartPageViewModel(documents, tasks);
        assertTrue(vm.samples().isEmpty(), "read on the worker, shown on the UI thread");
        ui.remove(0).run();
        assertEquals(5, vm.samples().size());
        SampleInfo first = vm.samples().get(0);
        assertEquals("default", first.name());

        vm.newFromSample("search-ranking");
        while (!ui.isEmpty()) {
            ui.remove(0).run();
        }
        assertEquals("Search and ads ranking", document.projectProperty().get().name());
    }
}
