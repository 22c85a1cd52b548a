package dev.hallplan.app.workspace;

import dev.hallplan.engine.project.Project;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One undoable edit (a command): its name as the Edit menu shows it ("Rename project",
 * "Move rack B-07") and the change it makes, a function from one immutable state to the next.
 * The change may throw {@link IllegalArgumentException} for input it refuses; nothing changes then.
 */
public record ProjectEdit(String name, UnaryOperator<WorkspaceState> change) {
    public ProjectEdit {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an edit needs a name for the Edit menu");
        }
        Objects.requireNonNull(change, "change");
    }

    /** An edit of the project alone; the selection stays (where it still exists). */
    public static ProjectEdit of(String name, UnaryOperator<Project> projectChange) {
        return new ProjectEdit(name, s -> new WorkspaceState(projectChange.apply(s.project()), s.selection()));
    }
}
