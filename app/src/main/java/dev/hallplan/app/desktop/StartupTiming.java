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
 * the JVM started and as wall-clock time, and the window's title then (for app/README.md,
 * docs/performance.md; not a test). With {@code -Dhallplan.startupReport.exit=true} as well the app
 * quits once the report is written, so repeated starts can be timed and the app image's check
 * (packaging/smoke-test.sh) can see which project opened.
 */
final class StartupTiming {
    static final String PROPERTY = "hallplan.startupReport";

    private StartupTiming() {
    }

    /** Notes that the application's {@code start} method began (the JavaFX toolkit is up). */
    static void started() {
        if (System.getProperty(PROPERTY) != null) {
            started = line("start");
        }
    }

    private static String started = "";

    /** Records the first pulse, and the first pulse at which {@code projectShown} holds. */
    static void watch(Scene scene, BooleanSupplier projectShown) {
        String target = System.getProperty(PROPERTY);
        if (target == null) {
            return;
        }
        StringBuilder report = new StringBuilder(started);
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (report.indexOf("firstFrame") < 0) {
                report.append(line("firstFrame"));
            }
            if (projectShown.getAsBoolean()) {
                report.append(line("projectShown"));
                if (scene.getWindow() instanceof javafx.stage.Stage stage) {
                    report.append("projectShown.title=").append(stage.getTitle()).append('\n');
                }
                scene.removePostLayoutPulseListener(listener[0]);
                try {
                    Files.writeString(Path.of(target), report);
                } catch (IOException ignored) {
                    // a measuring aid only
                }
                if (Boolean.getBoolean(PROPERTY + ".exit")) {
                    javafx.application.Platform.exit();
                }
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private static String line(String event) {
        long cpu = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000 : -1;
        return event + ".uptimeMillis=" + ManagementFactory.getRuntimeMXBean().getUptime() + "\n"
                + event + ".epochMillis=" + System.currentTimeMillis() + "\n"
                + event + ".processCpuMillis=" + cpu + "\n";
    }
}
