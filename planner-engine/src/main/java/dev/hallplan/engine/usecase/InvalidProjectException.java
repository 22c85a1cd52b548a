package dev.hallplan.engine.usecase;

import dev.hallplan.engine.project.file.ProjectProblem;
import java.util.List;

/**
 * A project in memory failed {@link ProjectGate#require}: the use cases refuse to solve or report on
 * it. {@link #problems()} lists every problem with its JSON path, as {@code hallplan validate} would.
 */
public final class InvalidProjectException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<ProjectProblem> problems;

    public InvalidProjectException(String projectName, List<ProjectProblem> problems) {
        super("project '" + projectName + "' is not valid: " + problems.stream().filter(ProjectProblem::isError).count()
                + " errors, first: " + problems.stream().filter(ProjectProblem::isError).findFirst().orElseThrow());
        this.problems = List.copyOf(problems);
    }

    /** Every problem, errors and warnings; at least one error. */
    public List<ProjectProblem> problems() {
        return problems;
    }
}
