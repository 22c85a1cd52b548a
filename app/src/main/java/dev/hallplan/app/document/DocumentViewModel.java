package dev.hallplan.app.document;

import dev.hallplan.app.services.Dialogs;
import dev.hallplan.app.services.FileDialogs;
import dev.hallplan.app.services.Services;
import dev.hallplan.app.workspace.BackgroundTasks;
import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.file.ProjectFiles;
import dev.hallplan.samples.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The document's life: new, open, save, save as, close and quit, with the unsaved-changes
 * question, the problems dialog for bad files, recent files and the recovery copy. Files are read
 * and written on the worker; every command completes (on the UI thread) with true when it did
 * what was asked and false when the user cancelled or it failed (the user was told why).
 */
public final class DocumentViewModel {
    /** Settings key of the folder file choosers start in. */
    public static final String LAST_DIRECTORY = "lastDirectory";
    private final ProjectViewModel document;
    private final Services services;
    private final BackgroundTasks tasks;
    private final ProjectLoader loader;
    private final RecentFiles recent;
    private final Autosave autosave;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public DocumentViewModel(ProjectViewModel document, Services services, BackgroundTasks tasks, ProjectLoader loader,
                             RecentFiles recent, Autosave autosave) {
        this.document = document;
        this.services = services;
        this.tasks = tasks;
        this.loader = loader;
        this.recent = recent;
        this.autosave = autosave;
    }

    /** What the last file command did, e.g. "Saved default.hallplan.json". */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    public RecentFiles recentFiles() { return recent; }

    /** A project with one empty scenario, never saved. */
    public CompletableFuture<Boolean> newEmpty() {
        Project empty = new Project(Project.CURRENT_FORMAT_VERSION, "Untitled project", "",
                List.of(new Scenario("Scenario 1", "", List.of(), List.of(), null, null, null, Map.of())));
        return replaceWith(empty, null, true);
    }

    /** A copy of sample {@code name} (see {@link Samples#catalogue()}), never saved. */
    public CompletableFuture<Boolean> newFromSample(String name) {
        return tasks.run("Opening sample " + name, () -> Samples.load(name))
                .thenCompose(p -> replaceWith(p, null, true))
                .exceptionally(failure -> failed("Could not open the sample", failure));
    }

    /** Asks for a project file and opens it. */
    public CompletableFuture<Boolean> open() {
        return services.files().chooseProjectToOpen(lastDirectory()).map(this::open)
                .orElse(CompletableFuture.completedFuture(false));
    }

    /**
     * Opens {@code file}. With errors the problems dialog lists them and the open project stays
     * as it was; with warnings only the user may open it anyway.
     */
    public CompletableFuture<Boolean> open(Path file) {
        return tasks.run("Opening " + file.getFileName(), () -> loader.load(file)).thenCompose(loaded -> {
            if (!loaded.problems().isEmpty()) {
                recent.refresh();
                boolean anyway = services.dialogs().showProblems(file.getFileName().toString(), loaded.problems(),
                        !loaded.hasErrors());
                if (!anyway) {
                    return CompletableFuture.completedFuture(false);
                }
            }
            return replaceWith(loaded.project().orElseThrow(), file, true).thenApply(opened -> {
                if (opened) {
                    remember(file);
                }
                return opened;
            });
        }).exceptionally(failure -> failed("Could not open " + file.getFileName(), failure));
    }

    /** Opens a recent file; a missing one is offered for removal from the list instead. */
    public CompletableFuture<Boolean> openRecent(Path file) {
        if (!Files.isRegularFile(file)) {
            recent.refresh();
            if (services.dialogs().confirm("File not found", file + " no longer exists. Remove it from the recent files?")) {
                recent.remove(file);
            }
            return CompletableFuture.completedFuture(false);
        }
        return open(file);
    }

    /** Opens a recovered project: unsaved (dirty) and bound to its original file, if it had one. */
    public CompletableFuture<Boolean> recover(RecoveryStore store, RecoveryStore.Recovery recovery) {
        return tasks.run("Recovering " + recovery.projectName(), () -> store.load(recovery)).thenApply(p -> {
            document.open(p, recovery.originalFile(), false);
            autosave.takeOver(recovery);
            status.set("Recovered unsaved changes to " + p.name());
            return true;
        }).exceptionally(failure -> failed("Could not recover " + recovery.projectName(), failure));
    }

    /** Saves to the project's file, or asks where when it has none. */
    public CompletableFuture<Boolean> save() {
        Path file = document.fileProperty().get();
        return file == null ? saveAs() : writeTo(file);
    }

    /** Asks where, then saves there; the project is bound to the new file afterwards. */
    public CompletableFuture<Boolean> saveAs() {
        if (!document.isOpen()) {
            return CompletableFuture.completedFuture(false);
        }
        Path current = document.fileProperty().get();
        String suggested = current != null ? current.getFileName().toString()
                : FileNames.slug(document.projectProperty().get().name()) + ProjectFiles.SUFFIX;
        return services.files().chooseSaveTarget(FileDialogs.Kind.PROJECT, lastDirectory(), suggested)
                .map(p -> writeTo(FileNames.withSuffix(p, ProjectFiles.SUFFIX)))
                .orElse(CompletableFuture.completedFuture(false));
    }

    /** Closes the project (asking about unsaved changes); the start page shows. */
    public CompletableFuture<Boolean> close() {
        return guardUnsaved().thenApply(go -> {
            if (go) {
                document.close();
                autosave.clear();
            }
            return go;
        });
    }

    /** True when the app may quit: nothing unsaved, or the user saved or discarded it. */
    public CompletableFuture<Boolean> prepareToQuit() {
        return guardUnsaved().thenApply(go -> {
            if (go) {
                autosave.clear();
            }
            return go;
        });
    }

    private CompletableFuture<Boolean> writeTo(Path target) {
        ProjectViewModel.SavePoint point = document.savePoint();
        return tasks.run("Saving " + target.getFileName(), () -> {
            ProjectFiles.save(point.project(), target);
            return target;
        }).thenApply(saved -> {
            document.markSaved(point, saved);
            remember(saved);
            autosave.clear();
            status.set("Saved " + saved.getFileName());
            return true;
        }).exceptionally(failure -> failed("Could not save " + target.getFileName(), failure));
    }

    /** Replaces the open project with {@code next} once unsaved changes are dealt with. */
    private CompletableFuture<Boolean> replaceWith(Project next, Path file, boolean saved) {
        return guardUnsaved().thenApply(go -> {
            if (go) {
                document.open(next, file, saved);
                autosave.clear();
                status.set("Opened " + (file == null ? next.name() : file.getFileName()));
            }
            return go;
        });
    }

    private CompletableFuture<Boolean> guardUnsaved() {
        if (!document.isOpen() || !document.dirtyProperty().get()) {
            return CompletableFuture.completedFuture(true);
        }
        Dialogs.SaveChoice choice = services.dialogs().askSaveChanges(document.projectProperty().get().name());
        return switch (choice) {
            case SAVE -> save();
            case DISCARD -> CompletableFuture.completedFuture(true);
            case CANCEL -> CompletableFuture.completedFuture(false);
        };
    }

    private void remember(Path file) {
        recent.add(file);
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            services.settings().put(LAST_DIRECTORY, dir.toString());
        }
        try {
            services.settings().flush();
        } catch (java.io.IOException ex) {
            status.set("Could not remember the recent files: " + ex.getMessage());
        }
    }

    private Path lastDirectory() {
        return services.settings().get(LAST_DIRECTORY).map(Path::of).filter(Files::isDirectory).orElse(null);
    }

    private boolean failed(String title, Throwable failure) {
        String message = BackgroundTasks.messageOf(failure);
        status.set(title + ": " + message);
        services.dialogs().showError(title, message);
        return false;
    }
}
