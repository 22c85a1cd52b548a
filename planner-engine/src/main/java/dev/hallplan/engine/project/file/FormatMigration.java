package dev.hallplan.engine.project.file;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One step of the project file format: turns a file of {@link #fromVersion()} into the next version, on the JSON tree. */
interface FormatMigration {
    int fromVersion();

    /** Rewrites {@code root} (a copy the caller owns) to version {@code fromVersion() + 1}. */
    void migrate(ObjectNode root);
}
