package dev.hallplan.app.designer;

import dev.hallplan.app.testutil.TestEngine;
import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.project.Project;
import dev.hallplan.samples.HallGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Frame-time harness for the designer's floor: opens the generated 2,000-rack hall (64,000
 * accelerators) in the designer, then pans it by script, one step per pulse, zoomed out (whole hall)
 * and zoomed in (×12), and zooms in and out, recording for every frame the time between pulses and
 * the FX thread's time to paint the canvas. Not a test: run by hand (docs/facility-model.md says
 * how); it writes the figures to OUT_DIR/designer-frames.txt.
 * Usage: {@code DesignerFrameProbe OUT_DIR [FRAMES_PER_PHASE]}.
 */
public final class DesignerFrameProbe {
    private DesignerFrameProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int frames = args.length > 1 ? Integer.parseInt(args[1]) : 240;
        Files.createDirectories(out);
        Project hall = new HallGenerator(TestEngine.sizing()).generate(64_000, 7);
        CompletableFuture<FloorCanvas> started = new CompletableFuture<>();
        Platform.startup(() -> {
            ProjectViewModel doc = new ProjectViewModel();
            doc.open(hall, null, true);
            DesignerView view = new DesignerView(new DesignerViewModel(doc, new SimpleObjectProperty<>(TestEngine.sizing().catalog()),
                    new SimpleObjectProperty<PlanReport>()));
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 1600, 1000));
            stage.show();
            started.complete(view.floor());
        });
        FloorCanvas floor = started.get(120, TimeUnit.SECONDS);
        List<String> report = new ArrayList<>();
        report.add("designer floor, generated hall of 2,000 racks, " + frames + " frames per phase, "
                + System.getProperty("glass.platform", "default") + " glass, prism " + System.getProperty("prism.order", "default"));
        int[] tick = {0};
        report.add(phase("idle pulses, nothing painted (the window's own frame rate here)", floor, frames, f -> f.fit(), f -> { }));
        report.add(phase("pan, zoomed out (whole hall)", floor, frames, f -> f.fit(), f -> f.panBy(back(tick) * 3, back(tick) * 2)));
        report.add(phase("pan, zoomed in x12", floor, frames, f -> {
            f.fit();
            double[] c = f.centreOf(60, 8);
            f.zoomAt(12, c[0], c[1]);
        }, f -> f.panBy(back(tick) * 4, back(tick) * 3)));
        int[] step = {0};
        double[] at = new double[2];
        report.add(phase("zoom in and out at the cursor (hall centre)", floor, frames, f -> {
            f.fit();
            double[] c = f.centreOf(60, 8);
            at[0] = c[0];
            at[1] = c[1];
        }, f -> f.zoomAt((step[0]++ / 20) % 2 == 0 ? 1.1 : 1 / 1.1, at[0], at[1])));
        Files.write(out.resolve("designer-frames.txt"), report);
        Platform.exit();
    }

    /** +1 or -1, turning every 60 frames, so a scripted pan goes back and forth over the hall. */
    private static int back(int[] tick) {
        return (tick[0]++ / 120) % 2 == 0 ? 1 : -1;
    }

    private static String phase(String name, FloorCanvas floor, int frames, java.util.function.Consumer<FloorCanvas> setUp,
                                java.util.function.Consumer<FloorCanvas> step) throws Exception {
        long[] intervals = new long[frames];
        long[] paints = new long[frames];
        int[] drawn = new int[frames];
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            setUp.accept(floor);
            new AnimationTimer() {
                private int i = -10;
                private long last;

                @Override
                public void handle(long now) {
                    if (i >= 0) {
                        intervals[i] = now - last;
                    }
                    last = now;
                    long t0 = System.nanoTime();
                    step.accept(floor);
                    if (i >= 0) {
                        paints[i] = System.nanoTime() - t0;
                        drawn[i] = floor.drawnRacks();
                    }
                    if (++i == frames) {
                        stop();
                        done.complete(null);
                    }
                }
            }.start();
        });
        done.get(10, TimeUnit.MINUTES);
        return String.format("%s: frame interval median %.1f ms, p95 %.1f ms, max %.1f ms; canvas paint median %.2f ms, p95 %.2f ms,"
                + " max %.2f ms; racks drawn median %d", name, pct(intervals, 50), pct(intervals, 95), pct(intervals, 100),
                pct(paints, 50), pct(paints, 95), pct(paints, 100), Arrays.stream(drawn).sorted().toArray()[frames / 2]);
    }

    private static double pct(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
