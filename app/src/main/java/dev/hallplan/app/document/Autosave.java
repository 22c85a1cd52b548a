package dev.hallplan.app.document;

import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.engine.project.Project;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Writes a recovery copy of the open project while it has unsaved changes: on every
 * {@link #tick()} (the app ticks every {@code hallplan.autosaveSeconds}, 60 s by default, and when
 * the window loses focus) and only when the project changed since the last copy. Writes and
 * removals run in order on one serial executor, so a removal after a save is never overtaken by
 * an older write. Call {@link #tick()} and {@link #clear()} on the UI thread.
 */
public final class Autosave {
    /** System property: seconds between autosaves (tests make it short). */
    public static final String INTERVAL_PROPERTY = "hallplan.autosaveSeconds";
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final ProjectViewModel document;
    private final RecoveryStore store;
    private final Executor serial;
    private final Executor uiThread;
    private final Clock clock;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private Project written;

    /**
     * @param serial   runs writes and removals one after another, off the UI thread
     * @param uiThread brings the status back to the UI thread
     */
    public Autosave(ProjectViewModel document, RecoveryStore store, Executor serial, Executor uiThread, Clock clock) {
        this.document = document;
        this.store = store;
        this.serial = serial;
        this.uiThread = uiThread;
        this.clock = clock;
    }

    /** The seconds between autosaves: the system property, else 60. */
    public static double intervalSeconds() {
        try {
            return Math.max(0.2, Double.parseDouble(System.getProperty(INTERVAL_PROPERTY, "60")));
        } catch (NumberFormatException ex) {
            return 60;
        }
    }

    /** "Recovery copy saved 14:03", or why it failed; empty before the first copy. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Writes a recovery copy if the project has unsaved changes not yet copied; removes a stale copy when clean. */
    public void tick() {
        Project p = document.projectProperty().get();
        if (p == null || !document.dirtyProperty().get()) {
            if (written != null) {
                clear();
            }
            return;
        }
        if (p == written) {
            return;
        }
        written = p;
        Path original = document.fileProperty().get();
        var at = clock.instant();
        serial.execute(() -> {
            String result;
            try {
                store.write(p, original, at);
                result = "Recovery copy saved " + LocalTime.ofInstant(at, zone()).format(HH_MM);
            } catch (IOException | RuntimeException ex) {
                result = "Autosave failed: " + ex.getMessage();
            }
            String shown = result;
            uiThread.execute(() -> status.set(shown));
        });
    }

    /** Removes the recovery copy (after a normal save or close). */
    public void clear() {
        written = null;
        serial.execute(() -> {
            try {
                store.clear();
            } catch (IOException ex) {
                uiThread.execute(() -> status.set("Could not remove the recovery copy: " + ex.getMessage()));
            }
        });
    }

    /**
     * After {@code recovered} was opened: writes this session's own copy first, then removes the
     * one recovered from, so that a crash in between still leaves one copy.
     */
    public void takeOver(RecoveryStore.Recovery recovered) {
        tick();
        serial.execute(() -> {
            try {
                store.discard(recovered);
            } catch (IOException ex) {
                uiThread.execute(() -> status.set("Could not remove the recovered copy: " + ex.getMessage()));
            }
        });
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}
