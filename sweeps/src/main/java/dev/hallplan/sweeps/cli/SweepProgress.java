package dev.hallplan.sweeps.cli;

import dev.hallplan.sweeps.point.PointResult;
import dev.hallplan.sweeps.run.SweepListener;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** The sweep's console progress bar: points done of the total, ETA, and failures so far. */
final class SweepProgress implements SweepListener, AutoCloseable {
    private final PrintStream err;
    private ProgressBar bar;
    private int failures;

    SweepProgress(PrintStream err) {
        this.err = err;
    }

    @Override
    public synchronized void started(int total, int alreadyDone) {
        if (alreadyDone > 0) {
            err.println("resuming: " + alreadyDone + " of " + total + " points already done");
        }
        bar = new ProgressBarBuilder().setTaskName("sweep").setInitialMax(total).setUnit(" points", 1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500)
                .setConsumer(new ConsoleProgressBarConsumer(err))
                // resumed points took no time in this run: the ETA counts only this run's pace
                .startsFrom(alreadyDone, java.time.Duration.ZERO)
                .build();
        bar.setExtraMessage("failures: 0");
        closeWhenDone();
    }

    @Override
    public synchronized void pointDone(PointResult result) {
        if (bar == null) {
            return;
        }
        if (result.failed()) {
            failures++;
            bar.setExtraMessage("failures: " + failures);
        }
        bar.step();
        closeWhenDone();
    }

    /** The bar ends with the last point, before the result tables and workbook are written. */
    private void closeWhenDone() {
        if (bar.getCurrent() >= bar.getMax()) {
            close();
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
