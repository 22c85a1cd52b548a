package dev.hallplan.app.document;

import dev.hallplan.app.services.SettingsStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The last {@value #MAX} project files opened or saved, newest first, kept in the settings
 * ({@code recent.0} ...). Entries whose file is gone stay listed, marked missing, until removed.
 */
public final class RecentFiles {
    /** How many files the list keeps. */
    public static final int MAX = 10;
    private static final String KEY = "recent.";

    /** One listed file; {@code exists} as of the last {@link #refresh()}. */
    public record Entry(Path file, boolean exists) {
    }

    private final SettingsStore settings;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ObservableList<Entry> view = FXCollections.unmodifiableObservableList(entries);

    public RecentFiles(SettingsStore settings) {
        this.settings = settings;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            settings.get(KEY + i).map(Path::of).ifPresent(files::add);
        }
        show(files);
    }

    /** Newest first. */
    public ObservableList<Entry> entries() {
        return view;
    }

    /** The most recent file, if it still exists: what the app opens on start. */
    public Optional<Path> last() {
        return entries.stream().filter(Entry::exists).map(Entry::file).findFirst();
    }

    /** Puts {@code file} at the top. */
    public void add(Path file) {
        Path f = file.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>(files());
        files.remove(f);
        files.add(0, f);
        store(files.subList(0, Math.min(MAX, files.size())));
    }

    public void remove(Path file) {
        List<Path> files = new ArrayList<>(files());
        files.remove(file);
        store(files);
    }

    /** Checks again which files exist. */
    public void refresh() {
        show(files());
    }

    private List<Path> files() {
        return entries.stream().map(Entry::file).toList();
    }

    private void store(List<Path> files) {
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                settings.put(KEY + i, files.get(i).toString());
            } else {
                settings.remove(KEY + i);
            }
        }
        show(files);
    }

    private void show(List<Path> files) {
        entries.setAll(files.stream().map(f -> new Entry(f, Files.isRegularFile(f))).toList());
    }
}
