package dev.hallplan.app.desktop;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;

/**
 * A measuring hook: with {@code -Dhallplan.startupReport=FILE} the app writes when its first frame
 * was laid out and when the first frame showing the opened project followed, in milliseconds since
 * the JVM started and as wall-clock time (for app/README.md; not a test).
 */
final class StartupTiming {
    static final String PROPERTY = "hallplan.startupReport";

    private StartupTiming() {
    }

    /** Records the first pulse, and the first pulse at which {@code projectShown} holds. */
    static void watch(Scene scene, BooleanSupplier projectShown) {
        String target = System.getProperty(PROPERTY);
        if (target == null) {
            return;
        }
        StringBuilder report = new StringBuilder();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (report.length() == 0) {
                report.append(line("firstFrame"));
            }
            if (projectShown.getAsBoolean()) {
                report.append(line("projectShown"));
                scene.removePostLayoutPulseListener(listener[0]);
                try {
                    Files.writeString(Path.of(target), report);
                } catch (IOException ignored) {
                    // a measuring aid only
                }
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private static String line(String event) {
        return event + ".uptimeMillis=" + ManagementFactory.getRuntimeMXBean().getUptime() + "\n"
                + event + ".epochMillis=" + System.currentTimeMillis() + "\n";
    }
}
