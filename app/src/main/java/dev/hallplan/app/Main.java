package dev.hallplan.app;

import dev.hallplan.app.cli.HallPlanCommand;

/**
 * Entry point: with no arguments, or with one existing {@code .hallplan.json} file (what a file
 * manager passes on a double-click), opens the desktop app; otherwise runs the command line.
 * Not a JavaFX {@code Application} subclass so the app also starts from a plain classpath.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || opensAProject(args)) {
            dev.hallplan.app.desktop.DesktopLauncher.launch(args);
            return;
        }
        System.exit(HallPlanCommand.execute(args));
    }

    /** One argument naming an existing project file. */
    static boolean opensAProject(String[] args) {
        return args.length == 1 && args[0].endsWith(".hallplan.json") && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(args[0]));
    }
}
