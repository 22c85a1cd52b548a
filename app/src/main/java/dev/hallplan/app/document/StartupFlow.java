package dev.hallplan.app.document;

import dev.hallplan.app.services.Dialogs;
import dev.hallplan.app.workspace.BackgroundTasks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * What the app opens on start: first it offers to recover work a crash left behind
 * ("Recover unsaved changes to X from HH:MM?"); otherwise the file named on the command line,
 * else the last project, else the default sample.
 */
public final class StartupFlow {
    /** The sample opened on the very first start. */
    public static final String DEFAULT_SAMPLE = "default";
    private final DocumentViewModel documents;
    private final RecoveryStore recovery;
    private final Dialogs dialogs;
    private final BackgroundTasks tasks;
    private final Clock clock;

    public StartupFlow(DocumentViewModel documents, RecoveryStore recovery, Dialogs dialogs, BackgroundTasks tasks, Clock clock) {
        this.documents = documents;
        this.recovery = recovery;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** Completes with true when a project is open at the end (false: the start page shows). */
    public CompletableFuture<Boolean> run(Optional<Path> fileArgument) {
        return tasks.run("Looking for unsaved work", recovery::leftBehind)
                .exceptionally(unreadable -> List.of())
                .thenCompose(left -> offer(left, fileArgument));
    }

    private CompletableFuture<Boolean> offer(List<RecoveryStore.Recovery> left, Optional<Path> fileArgument) {
        if (left.isEmpty()) {
            return openNormally(fileArgument);
        }
        RecoveryStore.Recovery newest = left.get(0);
        LocalDateTime savedAt = LocalDateTime.ofInstant(newest.savedAt(), clock.getZone());
        if (dialogs.askRecover(newest.projectName(), savedAt)) {
            return documents.recover(recovery, newest);
        }
        return tasks.run("Discarding the recovery copy", () -> {
            recovery.discard(newest);
            return true;
        }).exceptionally(failure -> true).thenCompose(done -> offer(left.subList(1, left.size()), fileArgument));
    }

    private CompletableFuture<Boolean> openNormally(Optional<Path> fileArgument) {
        if (fileArgument.isPresent()) {
            return documents.open(fileArgument.get());
        }
        Optional<Path> last = documents.recentFiles().last();
        if (last.isPresent()) {
            return documents.open(last.get()).thenCompose(opened -> opened ? CompletableFuture.completedFuture(true)
                    : documents.newFromSample(DEFAULT_SAMPLE));
        }
        return documents.newFromSample(DEFAULT_SAMPLE);
    }
}
