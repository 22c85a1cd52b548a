package dev.hallplan.engine.project.file;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hallplan.engine.project.Project;
import java.util.ArrayList;
import java.util.List;

/** The chain of format steps that brings any older project file up to {@link Project#CURRENT_FORMAT_VERSION}. */
final class Migrations {
    private static final List<FormatMigration> STEPS = List.of(new MigrationV0ToV1());

    private Migrations() {
    }

    /**
     * Applies every step from {@code fileVersion} up to the current version, in place. Returns the
     * conflicts that stop a step (content the declared version cannot have) and leaves the tree as
     * it was then; empty when the tree is now in the current format.
     */
    static List<ProjectProblem> upgrade(ObjectNode root, int fileVersion) {
        int v = fileVersion;
        for (FormatMigration step : STEPS) {
            if (step.fromVersion() == v) {
                List<ProjectProblem> conflicts = step.conflicts(root);
                if (!conflicts.isEmpty()) {
                    return conflicts;
                }
                step.migrate(root);
                v++;
            }
        }
        if (v != Project.CURRENT_FORMAT_VERSION) {
            throw new IllegalStateException("no migration path from format " + fileVersion);
        }
        return List.of();
    }

    /**
     * {@code problems} with the unknown top-level fields of a current file that format 0 had at the
     * top level explained: the likely mistake is a format 0 file labelled with the current version.
     */
    static List<ProjectProblem> explainOldFields(List<ProjectProblem> problems, int fileVersion) {
        if (fileVersion == 0) {
            return problems;
        }
        List<ProjectProblem> out = new ArrayList<>(problems.size());
        for (ProjectProblem p : problems) {
            String field = p.jsonPath().startsWith("$.") ? p.jsonPath().substring(2) : "";
            if (MigrationV0ToV1.SCENARIO_FIELDS.contains(field) && p.reason().startsWith("unknown field")) {
                out.add(new ProjectProblem(p.jsonPath(), "unknown field in format " + fileVersion + "; '" + field
                        + "' sat at the top level in format 0 and belongs in a scenario now: move it into scenarios[…], "
                        + "or set formatVersion to 0 if the whole file is in the old layout"));
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
