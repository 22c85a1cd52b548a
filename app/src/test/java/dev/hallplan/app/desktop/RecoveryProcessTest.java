package dev.hallplan.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.engine.project.file.ProjectFiles;
import dev.hallplan.samples.Samples;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash recovery end to end: the app runs in its own JVM ({@link RecoveryChild}, headless),
 * makes an edit, autosaves (interval 1 s via {@code hallplan.autosaveSeconds}) and is killed like
 * kill -9; the next start offers the recovery copy, Recover opens the edit. Screenshot:
 * recovery-prompt. Timeouts are generous for a loaded 2-core machine.
 */
class RecoveryProcessTest {
    @TempDir
    Path dir;
    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void killChildren() {
        children.forEach(Process::destroyForcibly);
    }

    private Process start(Path settings, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx700m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dheadless.geometry=1600x1000-32", "-Dprism.order=sw", "-Djava.awt.headless=true",
                "-Dhallplan.settingsDir=" + settings, "-Dhallplan.autosaveSeconds=1",
                "-cp", System.getProperty("java.class.path"), RecoveryChild.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .redirectError(dir.resolve("child-" + children.size() + ".err").toFile())
                .start();
        children.add(p);
        return p;
    }

    private static BlockingQueue<String> lines(Process p) {
        BlockingQueue<String> out = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    out.add(line);
                }
            } catch (IOException ended) {
                // the child was killed
            }
        });
        reader.setDaemon(true);
        reader.start();
        return out;
    }

    private String awaitLine(BlockingQueue<String> lines, String prefix, int seconds, int child) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.startsWith(prefix)) {
                return line;
            }
        }
        throw new AssertionError("no '" + prefix + "' from the app within " + seconds + " s; its stderr:\n"
                + Files.readString(dir.resolve("child-" + child + ".err")));
    }

    private boolean recoveryCopyHoldsTheEdit(Path recovery) throws IOException {
        if (!Files.isDirectory(recovery)) {
            return false;
        }
        try (Stream<Path> files = Files.list(recovery)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                Path copy = Path.of(f.toString().replace(".properties", ProjectFiles.SUFFIX));
                if (Files.isRegularFile(copy) && Files.readString(copy).contains(RecoveryChild.EDITED_NAME)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    @Timeout(value = 600)
    void aKilledAppOffersItsUnsavedEditOnTheNextStartAndRecoverOpensIt() throws Exception {
        Path file = dir.resolve("sample.hallplan.json");
        Files.writeString(file, Samples.json("default"));
        Path settings = dir.resolve("settings");
        Path recovery = settings.resolve("recovery");

        Process first = start(settings, "edit", file.toString());
        awaitLine(lines(first), "EDITED", 300, 0);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!recoveryCopyHoldsTheEdit(recovery) && System.nanoTime() < end) {
            Thread.sleep(200);
        }
        assertTrue(recoveryCopyHoldsTheEdit(recovery), "an autosave wrote the edit to the recovery folder");
        first.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
        assertEquals(Samples.json("default"), Files.readString(file), "autosave never writes over the user's file");

        Path png = Path.of("target", "screenshots", "recovery-prompt.png").toAbsolutePath();
        Files.createDirectories(png.getParent());
        Process second = start(settings, "recover", file.toString(), png.toString());
        String line = awaitLine(lines(second), "PROJECT ", 300, 1);
        assertEquals("PROJECT " + RecoveryChild.EDITED_NAME + "|true|" + file, line,
                "the edit is back, unsaved, bound to the user's file");
        assertTrue(second.waitFor(120, TimeUnit.SECONDS), "the second app quit");
        assertTrue(Files.size(png) > 5_000, "the prompt was captured");
        assertTrue(Files.notExists(recovery.resolve("session-" + first.pid() + ".properties")),
                "the recovered copy was taken over by the new session");
    }
}
