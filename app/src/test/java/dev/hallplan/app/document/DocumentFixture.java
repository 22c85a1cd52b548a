package dev.hallplan.app.document;

import dev.hallplan.app.services.PropertiesSettingsStore;
import dev.hallplan.app.services.Services;
import dev.hallplan.app.testutil.ScriptedDialogs;
import dev.hallplan.app.testutil.StubFileDialogs;
import dev.hallplan.app.testutil.TestEngine;
import dev.hallplan.app.workspace.BackgroundTasks;
import dev.hallplan.app.workspace.ProjectViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A document view model with scripted dialogs and every thread hand-off run at once (plain JUnit). */
final class DocumentFixture {
    final ProjectViewModel document = new ProjectViewModel();
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final StubFileDialogs files = new StubFileDialogs();
    final List<Path> opened = new ArrayList<>();
    final Services services;
    final RecoveryStore recovery;
    final Autosave autosave;
    final DocumentViewModel documents;
    final Clock clock = Clock.fixed(Instant.parse("2025-03-04T14:03:00Z"), ZoneOffset.UTC);

    DocumentFixture(Path dir) {
        services = new Services(dialogs, files, opened::add, new PropertiesSettingsStore(dir.resolve("settings.properties")),
                clock, Runnable::run, Runnable::run);
        recovery = new RecoveryStore(dir.resolve("recovery"));
        autosave = new Autosave(document, recovery, Runnable::run, Runnable::run, clock);
        documents = new DocumentViewModel(document, services, new BackgroundTasks(Runnable::run, Runnable::run),
                new ProjectLoader(TestEngine::sizing), new RecentFiles(services.settings()), autosave);
    }
}
