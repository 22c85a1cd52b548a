package dev.hallplan.app.cli;

import picocli.CommandLine.Option;

/** {@code -q/--quiet}, shared by the commands that show progress or say what they wrote. */
final class QuietOption {
    @Option(names = {"-q", "--quiet"},
            description = "No progress display and no 'wrote ...' lines; results, errors and the exit code stay.")
    boolean quiet;
}
