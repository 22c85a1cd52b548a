package dev.hallplan.app.cli;

import dev.hallplan.engine.project.file.ProjectProblem;
import dev.hallplan.engine.usecase.ProjectGate;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code hallplan validate FILE}: the checks every command runs on a project file first (the
 * engine's {@link ProjectGate}), printing every problem with its JSON path. Exit 0 when valid
 * (warnings allowed), 2 when there is any error.
 */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check a project file and list every problem with its JSON path. Exit 0 when valid, 2 on errors.",
        footerHeading = "%nExamples:%n",
        footer = {"  hallplan validate my-hall.hallplan.json"})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the project file (*.hallplan.json)")
    Path file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Supplier<ProjectGate> gate;

    /** Checks against the built-in catalog and model zoo. */
    ValidateCommand() {
        this(Engines::gate);
    }

    ValidateCommand(Supplier<ProjectGate> gate) {
        this.gate = gate;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<ProjectProblem> problems = gate.get().problems(file);
        long errors = problems.stream().filter(ProjectProblem::isError).count();
        problems.forEach(p -> out.println(p.severity() + " " + p.jsonPath() + ": " + p.reason()));
        long warnings = problems.size() - errors;
        out.println(file + ": " + (problems.isEmpty() ? "valid"
                : errors + (errors == 1 ? " error" : " errors") + ", " + warnings + (warnings == 1 ? " warning" : " warnings")));
        return errors > 0 ? CliErrors.BAD_INPUT : 0;
    }
}
