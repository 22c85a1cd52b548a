package dev.hallplan.engine.project.file;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hallplan.engine.project.Project;
import java.util.List;

/** The chain of format steps that brings any older project file up to {@link Project#CURRENT_FORMAT_VERSION}. */
final class Migrations {
    private static final List<FormatMigration> STEPS = List.of(new MigrationV0ToV1());

    private Migrations() {
    }

    /** Applies every step from {@code fileVersion} up to the current version, in place. */
    static void upgrade(ObjectNode root, int fileVersion) {
        int v = fileVersion;
        for (FormatMigration step : STEPS) {
            if (step.fromVersion() == v) {
                step.migrate(root);
                v++;
            }
        }
        if (v != Project.CURRENT_FORMAT_VERSION) {
            throw new IllegalStateException("no migration path from format " + fileVersion);
        }
    }
}
