package dev.hallplan.app.desktop;

import dev.hallplan.app.workspace.ProjectEdits;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/**
 * The app's own JVM as {@link RecoveryProcessTest} starts it (Monocle headless): launches the real
 * {@link HallPlanApp} on a project file and drives it through its view models. Modes:
 * {@code edit FILE} renames the project, prints "EDITED" and waits to be killed;
 * {@code recover FILE PNG} waits for the recovery prompt, saves a screenshot of it, presses
 * Recover and prints "PROJECT name|dirty|file".
 */
public final class RecoveryChild {
    static final String EDITED_NAME = "Edited before the crash";

    private RecoveryChild() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Thread launcher = new Thread(() -> Application.launch(HallPlanApp.class, args[1]), "launcher");
        launcher.setDaemon(true);
        launcher.start();
        if (mode.equals("edit")) {
            Workbench w = await(300, RecoveryChild::workbench);
            await(300, () -> onFx(() -> w.document().projectProperty().get() != null ? Optional.of(true) : Optional.<Boolean>empty()));
            onFx(() -> {
                w.document().apply(ProjectEdits.renameProject(EDITED_NAME));
                return Optional.of(true);
            });
            System.out.println("EDITED");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        } else {
            DialogPane prompt = await(300, RecoveryChild::recoveryPrompt);
            onFx(() -> {
                try {
                    Screenshots.write(prompt.getScene().snapshot(null), Path.of(args[2]));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                ((Button) prompt.lookupButton(FxDialogs.RECOVER)).fire();
                return Optional.of(true);
            });
            Workbench w = await(300, RecoveryChild::workbench);
            String line = await(300, () -> onFx(() -> Optional.ofNullable(w.document().projectProperty().get()).map(p ->
                    "PROJECT " + p.name() + "|" + w.document().dirtyProperty().get() + "|" + w.document().fileProperty().get())));
            onFx(() -> {
                w.close(); // lets the recovery writer finish taking over the recovered copy
                return Optional.of(true);
            });
            System.out.println(line);
            System.out.flush();
            Platform.exit();
            System.exit(0);
        }
    }

    private static Optional<Workbench> workbench() {
        return onFx(() -> Window.getWindows().stream().filter(win -> win.getScene() != null)
                .map(win -> win.getScene().getRoot()).filter(r -> r instanceof MainWindow)
                .map(r -> ((MainWindow) r).workbench()).findFirst());
    }

    private static Optional<DialogPane> recoveryPrompt() {
        return onFx(() -> Window.getWindows().stream().filter(win -> win.getScene() != null)
                .map(win -> win.getScene().lookup("#recovery-dialog")).filter(n -> n instanceof DialogPane)
                .map(n -> (DialogPane) n).findFirst());
    }

    /** Runs {@code query} on the FX thread; empty while the toolkit is not up yet. */
    private static <T> Optional<T> onFx(java.util.function.Supplier<Optional<T>> query) {
        CompletableFuture<Optional<T>> answer = new CompletableFuture<>();
        try {
            Platform.runLater(() -> {
                try {
                    answer.complete(query.get());
                } catch (RuntimeException e) {
                    answer.completeExceptionally(e);
                }
            });
            return answer.get(60, TimeUnit.SECONDS);
        } catch (IllegalStateException toolkitNotUp) {
            return Optional.empty();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T await(double seconds, java.util.function.Supplier<Optional<T>> query) throws InterruptedException {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            Optional<T> found = query.get();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("timed out");
    }
}
