package dev.hallplan.sweeps.cli;

import dev.hallplan.engine.project.file.ProjectLoadException;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Bad input (a project that does not load, a bad spec, an unreadable file, a results directory
 * holding another study) becomes one clear message and exit code 2; anything else is a bug and
 * keeps its stack trace.
 */
final class SweepErrors implements CommandLine.IExecutionExceptionHandler {
    static final int BAD_INPUT = 2;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        if (ex instanceof ProjectLoadException load) {
            cmd.getErr().println("hallplan sweep: " + load.getMessage());
            load.problems().forEach(p -> cmd.getErr().println("  " + p.severity() + " " + p.jsonPath() + ": " + p.reason()));
            return BAD_INPUT;
        }
        if (ex instanceof IllegalArgumentException || ex instanceof IOException || ex instanceof UncheckedIOException) {
            cmd.getErr().println("hallplan sweep: " + ex.getMessage());
            return BAD_INPUT;
        }
        ex.printStackTrace(cmd.getErr());
        return 1;
    }
}
