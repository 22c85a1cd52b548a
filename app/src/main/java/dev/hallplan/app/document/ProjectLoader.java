package dev.hallplan.app.document;

import dev.hallplan.engine.plan.ReplicaSizing;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.file.ProjectFiles;
import dev.hallplan.engine.project.file.ProjectLoadException;
import dev.hallplan.engine.project.file.ProjectProblem;
import dev.hallplan.engine.usecase.ProjectGate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads a project file and runs the engine's {@link ProjectGate} on it, the checks every command
 * and {@code hallplan validate} run. Blocks: call it off the UI thread.
 */
public final class ProjectLoader {
    /**
     * What loading a file found.
     *
     * @param project  empty when the file could not be read as a project
     * @param problems every problem with its JSON path, errors and warnings, in file order
     */
    public record Loaded(Path file, Optional<Project> project, List<ProjectProblem> problems) {
        public Loaded {
            problems = List.copyOf(problems);
        }

        public boolean hasErrors() {
            return project.isEmpty() || problems.stream().anyMatch(ProjectProblem::isError);
        }
    }

    private final Supplier<ReplicaSizing> sizing;

    /** @param sizing the catalog and model zoo (may block until they are loaded) */
    public ProjectLoader(Supplier<ReplicaSizing> sizing) {
        this.sizing = sizing;
    }

    public Loaded load(Path file) {
        try {
            Project project = ProjectFiles.load(file);
            return new Loaded(file, Optional.of(project), new ProjectGate(sizing.get()).check(project));
        } catch (ProjectLoadException ex) {
            return new Loaded(file, Optional.empty(), ex.problems());
        } catch (IOException ex) {
            // the engine's message says what failed: "cannot read /x/p.hallplan.json: no such file"
            return new Loaded(file, Optional.empty(), List.of(new ProjectProblem("$", ex.getMessage())));
        }
    }
}
