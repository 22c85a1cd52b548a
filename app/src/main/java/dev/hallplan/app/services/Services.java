package dev.hallplan.app.services;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * What view models get from their surroundings, injected so that tests drive everything headless:
 * dialogs and file choosers, the settings store, the clock, and the two threads of the app.
 *
 * @param worker   runs long work (load, save, solve, export) off the UI thread
 * @param uiThread runs a task on the UI thread ({@code Platform::runLater} in the app; tests may run it at once)
 */
public record Services(Dialogs dialogs, FileDialogs files, FileOpener opener, SettingsStore settings, Clock clock,
                       Executor worker, Executor uiThread) {
    public Services {
        Objects.requireNonNull(dialogs, "dialogs");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(opener, "opener");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(uiThread, "uiThread");
    }
}
