package dev.hallplan.app.desktop;

import dev.hallplan.app.testutil.ScriptedDialogs;
import dev.hallplan.app.testutil.TestEngine;
import dev.hallplan.engine.project.file.ProjectFiles;
import dev.hallplan.samples.HallGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Measures how responsive the window stays while the 100,000-accelerator generated hall loads,
 * solves and exports: an {@link AnimationTimer} asks for a frame on every pulse (60 per second)
 * and records the longest gap between two frames in each phase. A gap is time the FX thread could
 * not draw. Not a test: run by hand (app/README.md says how), figures go into app/README.md.
 * Usage: {@code FrameProbe OUT_DIR [ACCELERATORS] [SOLVE_SECONDS]}.
 */
public final class FrameProbe {
    private static final List<String> REPORT = new ArrayList<>();
    private static long lastFrame;
    private static long maxGap;
    private static long framesOver50ms;
    private static long frames;
    private static long fxThreadId;

    private FrameProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int accelerators = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        double solveSeconds = args.length > 2 ? Double.parseDouble(args[2]) : 20;
        Files.createDirectories(out);
        Path big = out.resolve("generated-" + accelerators + ProjectFiles.SUFFIX);
        if (!Files.exists(big)) {
            ProjectFiles.save(new HallGenerator(TestEngine.sizing()).generate(accelerators, 1), big);
        }
        TestEngine.sizing();
        CompletableFuture<DesktopFixture> started = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                started.complete(new DesktopFixture(new Stage(), s -> new ScriptedDialogs()));
            } catch (Exception e) {
                started.completeExceptionally(e);
            }
        });
        DesktopFixture app = started.get(120, TimeUnit.SECONDS);
        Platform.runLater(() -> fxThreadId = Thread.currentThread().getId());
        Platform.runLater(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (lastFrame != 0) {
                    long gap = now - lastFrame;
                    maxGap = Math.max(maxGap, gap);
                    framesOver50ms += gap > 50_000_000 ? 1 : 0;
                }
                frames++;
                lastFrame = now;
            }
        }.start());
        Workbench w = app.workbench;

        phase("idle (2 s)", () -> { }, sleep(2));
        phase("load " + big.getFileName(), () -> w.documents().open(big),
                () -> w.hall().captionProperty().get().contains("IT at nameplate"));
        phase("solve " + solveSeconds + " s, stop, report", () -> {
            w.plan().timeLimitSecondsProperty().set(solveSeconds * 3);
            w.plan().solve();
        }, stopAfter(w, solveSeconds));
        Path xlsx = out.resolve("generated.xlsx");
        Path pdf = out.resolve("generated.pdf");
        phase("export workbook", () -> {
            app.files.choices.add(xlsx);
            w.export().exportWorkbook();
        }, () -> xlsx.equals(w.export().lastWrittenProperty().get()));
        phase("export PDF", () -> {
            app.files.choices.add(pdf);
            w.export().exportPdf();
        }, () -> pdf.equals(w.export().lastWrittenProperty().get()));
        Files.write(out.resolve("frame-gaps.txt"), REPORT);
        REPORT.forEach(System.out::println);
        Platform.exit();
        System.exit(0);
    }

    private static void phase(String name, Runnable action, BooleanSupplier done) throws Exception {
        CompletableFuture<Void> reset = new CompletableFuture<>();
        Platform.runLater(() -> {
            maxGap = 0;
            framesOver50ms = 0;
            frames = 0;
            lastFrame = 0;
            action.run();
            reset.complete(null);
        });
        reset.get();
        long start = System.nanoTime();
        long fxCpuStart = fxCpuNanos();
        long gcStart = gcMillis();
        while (!onFx(done)) {
            Thread.sleep(100);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double fxCpu = (fxCpuNanos() - fxCpuStart) / 1e9;
        long gc = gcMillis() - gcStart;
        String line = onFxText(() -> String.format(Locale.ROOT,
                "%-40s %6.1f s, %5d frames, longest gap %5.0f ms, %3d gaps over 50 ms, FX thread CPU %5.1f s, GC %5d ms",
                name, seconds, frames, maxGap / 1e6, framesOver50ms, fxCpu, gc));
        REPORT.add(line);
    }

    private static long fxCpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getThreadCpuTime(fxThreadId);
    }

    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static BooleanSupplier sleep(double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        return () -> System.nanoTime() > end;
    }

    private static BooleanSupplier stopAfter(Workbench w, double seconds) {
        long stopAt = System.nanoTime() + (long) (seconds * 1e9);
        boolean[] stopped = {false};
        return () -> {
            if (!stopped[0] && System.nanoTime() > stopAt) {
                w.plan().stop();
                stopped[0] = true;
            }
            return stopped[0] && !w.plan().runningProperty().get() && w.plan().reportProperty().get() != null;
        };
    }

    private static boolean onFx(BooleanSupplier query) throws Exception {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(query.getAsBoolean()));
        return answer.get(600, TimeUnit.SECONDS);
    }

    private static String onFxText(java.util.function.Supplier<String> query) throws Exception {
        CompletableFuture<String> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(query.get()));
        return answer.get(60, TimeUnit.SECONDS);
    }
}
