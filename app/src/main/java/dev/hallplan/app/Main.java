package dev.hallplan.app;

import dev.hallplan.app.cli.HallPlanCommand;

/**
 * Entry point: with no arguments, or with one project file ({@code hallplan FILE.hallplan.json}),
 * opens the desktop app; otherwise runs the command line.
 * Not a JavaFX {@code Application} subclass so the app also starts from a plain classpath.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || (args.length == 1 && args[0].endsWith(".hallplan.json"))) {
            dev.hallplan.app.desktop.DesktopLauncher.launch(args);
            return;
        }
        System.exit(HallPlanCommand.execute(args));
    }
}
