package dev.hallplan.engine.usecase;

import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.file.ProjectProblem;
import java.util.List;
import java.util.Objects;

/**
 * A project that passed {@link ProjectGate}: no errors, and the warnings to show with it.
 *
 * @param warnings problems of severity WARNING, each with its JSON path, in validation order; may be empty
 */
public record GatedProject(Project project, List<ProjectProblem> warnings) {
    public GatedProject {
        Objects.requireNonNull(project, "project");
        warnings = List.copyOf(warnings);
        if (warnings.stream().anyMatch(ProjectProblem::isError)) {
            throw new IllegalArgumentException("a gated project has no errors");
        }
    }
}
