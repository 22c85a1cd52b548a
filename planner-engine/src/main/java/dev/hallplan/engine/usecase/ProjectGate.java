package dev.hallplan.engine.usecase;

import dev.hallplan.engine.perf.ModelSpec;
import dev.hallplan.engine.plan.ReplicaSizing;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.file.ProjectFiles;
import dev.hallplan.engine.project.file.ProjectLoadException;
import dev.hallplan.engine.project.file.ProjectProblem;
import dev.hallplan.engine.project.file.ProjectReferences;
import dev.hallplan.engine.project.file.ProjectValidator;
import dev.hallplan.engine.solver.domain.ConstraintNames;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The one validation every command that reads a project runs first, the same that
 * {@code hallplan validate} prints: the file's own problems ({@link ProjectFiles#load}), then what
 * {@link ProjectValidator} finds against the catalog, the model zoo and the solver's constraint
 * names, including every number against its documented range. Errors stop the command; warnings
 * go with the project to be shown.
 */
public final class ProjectGate {
    private final ProjectReferences references;

    /** @param sizing the catalog and model zoo the project refers to */
    public ProjectGate(ReplicaSizing sizing) {
        this.references = new ProjectReferences(sizing.catalog(), id -> sizing.zoo().find(id).isPresent(),
                id -> sizing.zoo().find(id).map(ModelSpec::contextTokens).orElse(0), ConstraintNames.ALL);
    }

    /**
     * Loads and checks {@code file}.
     *
     * @return the project with its warnings
     * @throws ProjectLoadException listing every problem (errors and warnings) when any is an error
     * @throws IOException          when the file cannot be read, saying what failed
     */
    public GatedProject open(Path file) throws ProjectLoadException, IOException {
        return admit(ProjectFiles.load(file), file.toString());
    }

    /**
     * The checks of {@code open} on a project already parsed from {@code source} (a caller may parse
     * while the catalog this gate needs is still loading).
     *
     * @throws ProjectLoadException listing every problem when any is an error
     */
    public GatedProject admit(Project project, String source) throws ProjectLoadException {
        List<ProjectProblem> problems = check(project);
        if (problems.stream().anyMatch(ProjectProblem::isError)) {
            throw new ProjectLoadException(source, problems);
        }
        return new GatedProject(project, problems);
    }

    /** Every problem of {@code file} as {@code hallplan validate} lists them: the load problems, or the checks'. */
    public List<ProjectProblem> problems(Path file) throws IOException {
        try {
            return check(ProjectFiles.load(file));
        } catch (ProjectLoadException ex) {
            return ex.problems();
        }
    }

    /** The checks of a project already in memory (edited in the desktop, or built in code); empty when valid. */
    public List<ProjectProblem> check(Project project) {
        return ProjectValidator.validate(project, references);
    }

    /** Throws {@link InvalidProjectException} when {@code project} has an error; returns its warnings otherwise. */
    public List<ProjectProblem> require(Project project) {
        List<ProjectProblem> problems = check(project);
        if (problems.stream().anyMatch(ProjectProblem::isError)) {
            throw new InvalidProjectException(project.name(), problems);
        }
        return problems;
    }
}
