package dev.hallplan.engine.project.file;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One step of the project file format: turns a file of {@link #fromVersion()} into the next version, on the JSON tree.
 * A step never drops data: content that the old version cannot have is a {@link #conflicts conflict}, and the file is
 * refused instead of migrated.
 */
interface FormatMigration {
    int fromVersion();

    /**
     * Problems that make {@code root} not a file of {@link #fromVersion()}, e.g. a field that only later versions
     * have; empty when the step can run without losing anything.
     */
    List<ProjectProblem> conflicts(ObjectNode root);

    /** Rewrites {@code root} (a copy the caller owns, free of {@link #conflicts}) to version {@code fromVersion() + 1}. */
    void migrate(ObjectNode root);
}
