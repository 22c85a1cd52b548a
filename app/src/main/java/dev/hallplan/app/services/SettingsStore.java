package dev.hallplan.app.services;

import java.io.IOException;
import java.util.Optional;

/** What the app remembers between sessions (window, theme, recent files), as text by key. */
public interface SettingsStore {
    Optional<String> get(String key);

    void put(String key, String value);

    void remove(String key);

    /** Writes pending changes to disk. */
    void flush() throws IOException;

    /** The value of {@code key} as a number, or {@code fallback} when absent or not a number. */
    default double getDouble(String key, double fallback) {
        try {
            return get(key).map(Double::parseDouble).orElse(fallback);
        } catch (NumberFormatException ex) {
            return fallback;
        }
    }
}
