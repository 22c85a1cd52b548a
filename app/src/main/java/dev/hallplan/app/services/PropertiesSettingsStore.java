package dev.hallplan.app.services;

import dev.hallplan.engine.project.file.AtomicFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Settings in a small properties file ({@code settings.properties} in the settings directory),
 * replaced atomically on {@link #flush()}. An unreadable file counts as empty: settings are a
 * convenience and must never stop the app from starting.
 */
public final class PropertiesSettingsStore implements SettingsStore {
    private final Path file;
    private final Properties values = new Properties();
    private boolean changed;

    public PropertiesSettingsStore(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException ex) {
                values.clear();
            }
        }
    }

    @Override
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    @Override
    public synchronized void put(String key, String value) {
        Object old = values.setProperty(key, value);
        changed |= !value.equals(old);
    }

    @Override
    public synchronized void remove(String key) {
        changed |= values.remove(key) != null;
    }

    @Override
    public synchronized void flush() throws IOException {
        if (!changed) {
            return;
        }
        StringWriter text = new StringWriter();
        values.store(text, "HallPlan settings");
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
        changed = false;
    }
}
