package dev.hallplan.app.cli;

import dev.hallplan.engine.project.file.ProjectLoadException;
import dev.hallplan.engine.usecase.InvalidProjectException;
import picocli.CommandLine;

/**
 * Turns exceptions from subcommands into one clear line on stderr and exit code 2 for bad input
 * ({@link IllegalArgumentException}, {@link java.io.IOException}, a project file that does not load
 * or does not pass the gate, with each of its problems); anything else is a bug and
 * keeps its stack trace.
 */
final class CliErrors implements CommandLine.IExecutionExceptionHandler {
    static final int BAD_INPUT = 2;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        if (ex instanceof ProjectLoadException load) {
            cmd.getErr().println("hallplan: " + load.getMessage());
            load.problems().forEach(p -> cmd.getErr().println("  " + p.severity() + " " + p.jsonPath() + ": " + p.reason()));
            return BAD_INPUT;
        }
        if (ex instanceof InvalidProjectException invalid) {
            cmd.getErr().println("hallplan: " + invalid.getMessage());
            invalid.problems().forEach(p -> cmd.getErr().println("  " + p.severity() + " " + p.jsonPath() + ": " + p.reason()));
            return BAD_INPUT;
        }
        if (ex instanceof IllegalArgumentException || ex instanceof java.io.IOException
                || ex instanceof java.io.UncheckedIOException) {
            cmd.getErr().println("hallplan: " + ex.getMessage());
            return BAD_INPUT;
        }
        ex.printStackTrace(cmd.getErr());
        return 1;
    }
}
