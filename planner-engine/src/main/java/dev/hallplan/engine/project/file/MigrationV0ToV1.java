package dev.hallplan.engine.project.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Format 0 is the pre-scenario layout: {@code halls}, {@code workloads}, {@code plan},
 * {@code simulation}, {@code financials} and {@code constraintWeights} at the top level, one
 * implicit design. Format 1 moves them into a single scenario named {@value #SCENARIO_NAME}.
 */
final class MigrationV0ToV1 implements FormatMigration {
    static final String SCENARIO_NAME = "Baseline";
    /** The top-level fields of format 0 that format 1 keeps in a scenario. */
    static final List<String> SCENARIO_FIELDS =
            List.of("halls", "workloads", "plan", "simulation", "financials", "constraintWeights");

    @Override
    public int fromVersion() {
        return 0;
    }

    @Override
    public List<ProjectProblem> conflicts(ObjectNode root) {
        if (!root.has("scenarios")) {
            return List.of();
        }
        return List.of(new ProjectProblem(JsonPaths.field(JsonPaths.ROOT, "scenarios"), "formatVersion is 0, but 'scenarios' "
                + "first appears in format 1 (format 0 keeps halls and workloads at the top level); migrating would drop "
                + "every scenario: set formatVersion to 1"));
    }

    @Override
    public void migrate(ObjectNode root) {
        ObjectNode scenario = root.objectNode();
        scenario.put("name", SCENARIO_NAME);
        for (String f : SCENARIO_FIELDS) {
            JsonNode v = root.remove(f);
            if (v != null) {
                scenario.set(f, v);
            }
        }
        root.putArray("scenarios").add(scenario);
        root.put("formatVersion", 1);
    }
}
