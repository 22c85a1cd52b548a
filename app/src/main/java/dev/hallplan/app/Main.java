package dev.hallplan.app;

import dev.hallplan.app.cli.HallPlanCommand;

/**
 * Entry point: with no arguments opens the desktop app, otherwise runs the command line.
 * Not a JavaFX {@code Application} subclass so the app also starts from a plain classpath.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            dev.hallplan.app.desktop.DesktopLauncher.launch(args);
            return;
        }
        System.exit(HallPlanCommand.execute(args));
    }
}
