package dev.hallplan.app.desktop;

import dev.hallplan.app.plan.EnginePlanning;
import dev.hallplan.app.services.Dialogs;
import dev.hallplan.app.services.PropertiesSettingsStore;
import dev.hallplan.app.services.Services;
import dev.hallplan.app.testutil.StubFileDialogs;
import dev.hallplan.app.testutil.TestEngine;
import dev.hallplan.engine.project.file.ProjectFiles;
import dev.hallplan.samples.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window on a TestFX stage, with the real engine, a temporary settings folder and
 * injected dialogs and file choosers. The startup flow is not run: the start page shows.
 */
final class DesktopFixture implements AutoCloseable {
    final Path dir;
    final StubFileDialogs files = new StubFileDialogs();
    final List<Path> opened = new ArrayList<>();
    final Workbench workbench;
    final MainWindow window;
    final Scene scene;
    private final ExecutorService worker = Executors.newCachedThreadPool(Threads.daemon("test-worker"));

    /** @param dialogs the dialogs, built from the stage (real {@link FxDialogs} or scripted answers) */
    DesktopFixture(Stage stage, Function<Stage, Dialogs> dialogs) throws IOException {
        dir = Files.createTempDirectory("hallplan-ui");
        Services services = new Services(dialogs.apply(stage), files, opened::add,
                new PropertiesSettingsStore(dir.resolve("settings").resolve("settings.properties")),
                Clock.systemDefaultZone(), worker, Platform::runLater);
        workbench = new Workbench(services, CompletableFuture.supplyAsync(TestEngine::sizing, worker),
                dir.resolve("settings"), new EnginePlanning(TestEngine::sizing));
        window = new MainWindow(workbench, () -> { }, new Theme.Switcher(services.settings()));
        scene = new Scene(window, 1360, 860);
        stage.setScene(scene);
        stage.titleProperty().bind(workbench.document().titleProperty());
        stage.show();
    }

    /** A copy of sample {@code name} in the temporary folder. */
    Path sampleCopy(String name, String fileName) throws IOException {
        Path file = dir.resolve(fileName + ProjectFiles.SUFFIX);
        Files.writeString(file, Samples.json(name));
        return file;
    }

    /** Waits (up to {@code seconds}) for {@code condition}, checked on the FX thread. */
    static void waitFor(double seconds, String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor((long) (seconds * 1000), java.util.concurrent.TimeUnit.MILLISECONDS, () ->
                    WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out after " + seconds + " s waiting for " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void close() {
        workbench.close();
        worker.shutdownNow();
    }
}
