package dev.hallplan.app.desktop;

import dev.hallplan.app.document.Autosave;
import dev.hallplan.app.plan.EnginePlanning;
import dev.hallplan.app.services.AppDirectories;
import dev.hallplan.app.services.PropertiesSettingsStore;
import dev.hallplan.app.services.Services;
import dev.hallplan.app.services.SettingsStore;
import dev.hallplan.catalog.CatalogLoader;
import dev.hallplan.engine.perf.ModelZoo;
import dev.hallplan.engine.plan.ReplicaSizing;
import dev.hallplan.engine.project.file.ProjectFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The HallPlan desktop application. Shows the window at once, loads the catalog and the project
 * in the background, then offers recovery or opens the file argument, the last project or the
 * default sample.
 */
public final class HallPlanApp extends Application {
    private final ExecutorService worker = Executors.newCachedThreadPool(Threads.daemon("hallplan-worker"));
    private Workbench workbench;

    @Override
    public void start(Stage stage) {
        StartupTiming.started();
        Path settingsDir = AppDirectories.settingsDirectory();
        SettingsStore settings = new PropertiesSettingsStore(settingsDir.resolve("settings.properties"));
        Theme.Switcher themes = new Theme.Switcher(settings);
        CompletableFuture<ReplicaSizing> sizing = new CompletableFuture<>();
        Services services = new Services(new FxDialogs(() -> stage), new FxFileDialogs(() -> stage),
                file -> getHostServices().showDocument(file.toUri().toString()), settings,
                Clock.systemDefaultZone(), worker, Platform::runLater);
        workbench = new Workbench(services, sizing, settingsDir, new EnginePlanning(sizing::join));
        MainWindow window = new MainWindow(workbench, () -> quit(stage), themes);
        Scene scene = new Scene(window, WindowSettings.DEFAULT_WIDTH, WindowSettings.DEFAULT_HEIGHT);
        stage.setScene(scene);
        stage.titleProperty().bind(workbench.document().titleProperty());
        WindowSettings.restore(stage, window, settings);
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit(stage);
        });
        stage.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                workbench.autosave().tick();
            }
        });
        StartupTiming.watch(scene, () -> workbench.document().projectProperty().get() != null
                && workbench.hall().hallProperty().get() != null);
        stage.show();
        loadEngineAfterFirstFrame(scene, sizing);
        workbench.startAutosave(Autosave.intervalSeconds());
        workbench.start(fileArgument());
    }

    /**
     * Loads the catalog and model zoo (seconds of CPU) once the first frame is on screen, so that
     * on a busy machine it does not delay the window; at the latest after two seconds.
     */
    private void loadEngineAfterFirstFrame(Scene scene, CompletableFuture<ReplicaSizing> sizing) {
        AtomicBoolean begun = new AtomicBoolean();
        Runnable load = () -> {
            if (begun.compareAndSet(false, true)) {
                worker.execute(() -> {
                    try {
                        sizing.complete(new ReplicaSizing(CatalogLoader.builtIn(), ModelZoo.builtIn()));
                    } catch (RuntimeException | Error e) {
                        sizing.completeExceptionally(e);
                    }
                });
            }
        };
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            load.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        CompletableFuture.delayedExecutor(2, TimeUnit.SECONDS, Platform::runLater).execute(load);
    }

    private Optional<Path> fileArgument() {
        return getParameters().getRaw().stream().filter(a -> a.endsWith(ProjectFiles.SUFFIX)).findFirst().map(Path::of);
    }

    private void quit(Stage stage) {
        workbench.documents().prepareToQuit().thenAccept(go -> {
            if (go) {
                WindowSettings.save(stage, (MainWindow) stage.getScene().getRoot(), workbench.services().settings());
                try {
                    workbench.services().settings().flush();
                } catch (IOException ignored) {
                    // settings are a convenience; quitting must not fail for them
                }
                Platform.exit();
            }
        });
    }

    @Override
    public void stop() {
        if (workbench != null) {
            workbench.close();
        }
        worker.shutdownNow();
    }
}
