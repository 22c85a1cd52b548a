package dev.hallplan.engine.project.file;

import java.util.List;

/** A project file could not be loaded; {@link #problems()} lists every problem found, each with its JSON path. */
public final class ProjectLoadException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<ProjectProblem> problems;

    public ProjectLoadException(String source, List<ProjectProblem> problems) {
        super(source + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + (problems.isEmpty() ? "" : ", first: " + problems.get(0)));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a load failure needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in file order; never empty. */
    public List<ProjectProblem> problems() {
        return problems;
    }
}
