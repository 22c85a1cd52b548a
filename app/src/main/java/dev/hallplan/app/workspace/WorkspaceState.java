package dev.hallplan.app.workspace;

import java.util.Objects;
import dev.hallplan.engine.project.Project;

/** One state of the open document as the edit history keeps it: the project and what was selected. */
public record WorkspaceState(Project project, Selection selection) {
    public WorkspaceState {
        Objects.requireNonNull(project, "project");
        selection = (selection == null ? Selection.NONE : selection).within(project);
    }
}
