package dev.hallplan.app.services;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PropertiesSettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void valuesSurviveAFlushAndAReopen() throws Exception {
        Path file = dir.resolve("sub").resolve("settings.properties");
        PropertiesSettingsStore s = new PropertiesSettingsStore(file);
        s.put("theme", "DARK");
        s.put("window.width", "1200.5");
        s.flush();
        PropertiesSettingsStore again = new PropertiesSettingsStore(file);
        assertEquals(Optional.of("DARK"), again.get("theme"));
        assertEquals(1200.5, again.getDouble("window.width", 0));
        assertEquals(7, again.getDouble("missing", 7));
    }

    @Test
    void anUnreadableFileCountsAsEmptySettings() throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.write(file, new byte[] {'a', '=', '\\', 'u', 'z'});
        PropertiesSettingsStore s = new PropertiesSettingsStore(file);
        assertEquals(Optional.empty(), s.get("a"));
    }
}
