package dev.hallplan.engine.project.file;

import java.util.Objects;

/**
 * One thing wrong with a project file or a project, and where.
 *
 * @param jsonPath  where in the file, e.g. {@code $.scenarios[0].halls[1].rows[2].racks[0].feeds.feedCapacityWatts};
 *                  {@code $} is the whole file
 * @param reason    what is wrong, for people, e.g. "must be positive, was -5.0"
 * @param severity  ERROR blocks use of the project; WARNING is worth knowing but the project still works
 */
public record ProjectProblem(String jsonPath, String reason, Severity severity) {

    /** How bad a problem is. */
    public enum Severity {
        ERROR, WARNING
    }

    public ProjectProblem {
        Objects.requireNonNull(jsonPath, "jsonPath");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(severity, "severity");
    }

    /** An ERROR-level problem. */
    public ProjectProblem(String jsonPath, String reason) {
        this(jsonPath, reason, Severity.ERROR);
    }

    public static ProjectProblem warning(String jsonPath, String reason) {
        return new ProjectProblem(jsonPath, reason, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path: reason}, prefixed with "warning: " for warnings. */
    @Override
    public String toString() {
        return (severity == Severity.WARNING ? "warning: " : "") + jsonPath + ": " + reason;
    }
}
