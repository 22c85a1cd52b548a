package dev.hallplan.sweeps.cli;

/**
 * Entry point of {@code ./hallplan sweep ...} (the launcher passes the arguments after
 * {@code sweep}) and of {@code spark-submit --class dev.hallplan.sweeps.cli.SweepMain}.
 */
public final class SweepMain {
    private SweepMain() {
    }

    public static void main(String[] args) {
        System.exit(SweepCommand.execute(args));
    }
}
