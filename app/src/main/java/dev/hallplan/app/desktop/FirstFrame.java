package dev.hallplan.app.desktop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Start-up measurement and packaging check (docs/performance.md, packaging/smoke-test.sh): with
 * {@code -Dhallplan.firstFrame=FILE} the app appends one line per run to FILE, the milliseconds
 * from JVM start to the main window's first drawn frame, a tab and the window's title (which
 * names the project it opened), and quits. Without the property nothing happens.
 */
final class FirstFrame {
    private FirstFrame() {
    }

    static void reportWhenShown(Stage stage) {
        String file = System.getProperty("hallplan.firstFrame", "");
        if (file.isEmpty()) {
            return;
        }
        stage.setOnShown(e -> new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                // the pulse after the one that showed the stage: the window's content has been rendered
                if (++pulses < 2) {
                    return;
                }
                stop();
                long ms = ManagementFactory.getRuntimeMXBean().getUptime();
                try {
                    Files.writeString(Path.of(file), ms + "\t" + stage.getTitle() + "\n", StandardCharsets.UTF_8,
                            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
                Platform.exit();
            }
        }.start());
    }
}
