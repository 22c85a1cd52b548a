package dev.hallplan.app.cli;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.file.ProjectFiles;
import dev.hallplan.engine.project.file.ProjectLoadException;
import dev.hallplan.engine.project.file.ProjectProblem;
import dev.hallplan.engine.project.file.ProjectValidator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code hallplan validate FILE}: loads a project file and checks its references, printing every
 * problem with its JSON path. Exit 0 when valid (warnings allowed), 2 when there is any error.
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

    private final Supplier<Optional<Catalog>> catalog;
    private final Predicate<String> knownModelId;

    /** Checks references against the built-in catalog and model zoo. */
    ValidateCommand() {
        this(() -> Optional.of(Engines.sizing().catalog()), id -> Engines.sizing().zoo().find(id).isPresent());
    }

    ValidateCommand(Supplier<Optional<Catalog>> catalog, Predicate<String> knownModelId) {
        this.catalog = catalog;
        this.knownModelId = knownModelId;
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<ProjectProblem> problems = new ArrayList<>();
        try {
            Project project = ProjectFiles.load(file);
            Optional<Catalog> c = catalog.get();
            if (c.isPresent()) {
                problems.addAll(ProjectValidator.validate(project, c.get(), knownModelId));
            } else {
                spec.commandLine().getErr().println("hallplan: note: no catalog available, catalog and model references not checked");
            }
        } catch (ProjectLoadException ex) {
            problems.addAll(ex.problems());
        }
        long errors = problems.stream().filter(ProjectProblem::isError).count();
        problems.forEach(p -> out.println(p.severity() + " " + p.jsonPath() + ": " + p.reason()));
        long warnings = problems.size() - errors;
        out.println(file + ": " + (problems.isEmpty() ? "valid"
                : errors + (errors == 1 ? " error" : " errors") + ", " + warnings + (warnings == 1 ? " warning" : " warnings")));
        return errors > 0 ? CliErrors.BAD_INPUT : 0;
    }
}
