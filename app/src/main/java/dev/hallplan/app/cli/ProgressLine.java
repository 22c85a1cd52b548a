package dev.hallplan.app.cli;

import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.solver.SolveProgress;
import java.io.PrintWriter;

/** Solver progress on stderr: one line per new best plan, at most one a second, and the final one. */
final class ProgressLine {
    private final PrintWriter err;
    private double lastShownSeconds = -1;
    private SolveProgress last;

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    synchronized void show(SolveProgress p) {
        last = p;
        if (p.elapsedSeconds() - lastShownSeconds >= 1.0) {
            print(p);
        }
    }

    synchronized void done() {
        if (last != null && last.elapsedSeconds() != lastShownSeconds) {
            print(last);
        }
    }

    private void print(SolveProgress p) {
        lastShownSeconds = p.elapsedSeconds();
        err.printf("  %6.1f s  %-40s %-10s demand served %s%n", p.elapsedSeconds(), p.score(),
                p.feasible() ? "feasible" : "infeasible", UnitFormat.percent(p.demandServedShare()));
        err.flush();
    }
}
