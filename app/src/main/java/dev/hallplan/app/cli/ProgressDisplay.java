package dev.hallplan.app.cli;

import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.solver.SolveProgress;
import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The command line's one progress display, on stderr, drawn by the progress-bar library: a bar
 * redrawn in place on a terminal, or one plain line a second when stderr goes to a file or a CI
 * log. {@code --quiet} turns it off. Used by solve (a bar over the time limit with the best
 * score so far), export and compare (a bar over their steps).
 */
final class ProgressDisplay implements AutoCloseable {
    /** Steps of the solve bar: thousandths of the time limit. */
    private static final long SOLVE_STEPS = 1000;
    private static final int LOG_LINE_CHARS = 120;

    private final ProgressBar bar;

    private ProgressDisplay(ProgressBar bar) {
        this.bar = bar;
    }

    /** A display that shows nothing (for {@code --quiet}). */
    static ProgressDisplay off() {
        return new ProgressDisplay(null);
    }

    /**
     * A bar of {@code steps} steps named {@code task} on {@code err}, or nothing when {@code quiet}.
     * On an interactive terminal the bar is redrawn in place on the process's stderr.
     */
    static ProgressDisplay of(PrintWriter err, boolean quiet, String task, long steps) {
        if (quiet) {
            return off();
        }
        boolean terminal = System.console() != null;
        ProgressBarConsumer consumer = terminal ? new ConsoleProgressBarConsumer(System.err)
                : new DelegatingProgressBarConsumer(line -> {
                    err.println(line.strip());
                    err.flush();
                }, LOG_LINE_CHARS);
        return new ProgressDisplay(new ProgressBarBuilder().setTaskName(task).setInitialMax(steps)
                .setStyle(terminal ? ProgressBarStyle.UNICODE_BLOCK : ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(terminal ? 200 : 1000).setConsumer(consumer).build());
    }

    /** A bar over a solve's time limit of {@code seconds}; feed it with {@link #solving}. */
    static ProgressDisplay solve(PrintWriter err, boolean quiet, double seconds) {
        return of(err, quiet, "solving " + UnitFormat.seconds(seconds), SOLVE_STEPS);
    }

    /** Moves a solve bar to the best plan so far: elapsed share of the limit, score, demand served. */
    void solving(SolveProgress p) {
        if (bar == null) {
            return;
        }
        if (!Double.isNaN(p.timeFraction())) {
            bar.stepTo(Math.round(Math.min(1, p.timeFraction()) * SOLVE_STEPS));
        }
        bar.setExtraMessage(p.score() + (p.feasible() ? " feasible" : " infeasible") + ", demand served "
                + UnitFormat.percent(p.demandServedShare()));
    }

    /** One step done; {@code next} names what comes now. */
    void step(String next) {
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(next);
        }
    }

    /** Names what runs now without moving the bar. */
    void show(String now) {
        if (bar != null) {
            bar.setExtraMessage(now);
        }
    }

    /** Fills the bar and draws it a last time. */
    @Override
    public void close() {
        if (bar != null) {
            bar.stepTo(bar.getMax());
            bar.close();
        }
    }
}
