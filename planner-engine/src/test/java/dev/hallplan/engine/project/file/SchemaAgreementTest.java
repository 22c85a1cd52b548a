package dev.hallplan.engine.project.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Property: the published schema and the loader with its validation refuse the same files. Each
 * case changes one value of a valid file (a hostile value, a removed or unknown field, a repeated
 * element) and compares the two verdicts. Problems a schema cannot express (references to the
 * catalog, ids unique across lists, a request within its model's context, ...) are left out: a
 * case the loader refuses only for those is skipped. Seeded: the same cases every run; a failure
 * names its seed and change ({@code -Dhallplan.fuzz.seed=N} repeats another run).
 */
class SchemaAgreementTest {
    private static final int CASES = 2_000;
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Reasons of problems beyond any JSON Schema: cross-field and reference checks. */
    private static final List<String> BEYOND_SCHEMA = List.of("duplicate", "unknown rack type", "unknown server", "unknown model",
            "unknown serving engine", "is not a", "is beyond row", "is already taken", "overlaps", "beyond the", "exceed the",
            "unknown user region", "unknown workload", "unknown hall", "no server", "accelerators but", "tensorParallel",
            "occupies", "needs");
    private static final JsonNode[] HOSTILE = {
        F.textNode(""), F.textNode(" "), F.textNode("x\ny"), F.textNode("text"), F.textNode("N_PLUS_1"), F.textNode("de"),
        F.numberNode(-1), F.numberNode(0), F.numberNode(1), F.numberNode(0.5), F.numberNode(-1e308), F.numberNode(1e308),
        F.numberNode(1e30), F.numberNode(2_147_483_648L), F.numberNode(7), F.numberNode(1e-9), F.booleanNode(true),
        F.nullNode(), F.objectNode(), F.arrayNode(), F.arrayNode().add(1)};

    @Test
    void schemaAndLoaderRefuseTheSameFiles() throws Exception {
        long seed = Long.getLong("hallplan.fuzz.seed", 15);
        Random random = new Random(seed);
        JsonSchema schema = ProjectSchemaTest.schema();
        JsonNode valid = MAPPER.readTree(HostileProjectFileTest.valid());
        int compared = 0;
        for (int i = 0; i < CASES; i++) {
            JsonNode tree = valid.deepCopy();
            String change = mutate(tree, random);
            String json = MAPPER.writeValueAsString(tree);
            Set<ValidationMessage> schemaSays = schema.validate(tree);
            List<ProjectProblem> loaderSays = loaderErrors(json);
            boolean onlyBeyondSchema = !loaderSays.isEmpty() && loaderSays.stream().allMatch(SchemaAgreementTest::beyondSchema);
            if (schemaSays.isEmpty() && onlyBeyondSchema) {
                continue;
            }
            compared++;
            assertEquals(loaderSays.isEmpty(), schemaSays.isEmpty(), "seed " + seed + " case " + i + " " + change
                    + "\n loader: " + loaderSays + "\n schema: " + schemaSays);
        }
        assertTrue(compared > CASES / 2, "most cases compared: " + compared);
    }

    private static boolean beyondSchema(ProjectProblem p) {
        return BEYOND_SCHEMA.stream().anyMatch(p.reason()::contains);
    }

    private static List<ProjectProblem> loaderErrors(String json) {
        try {
            return ProjectValidator.validate(ProjectFiles.parse(json, "case"), ProjectValidatorTest.REFS).stream()
                    .filter(ProjectProblem::isError).toList();
        } catch (ProjectLoadException ex) {
            return ex.problems();
        }
    }

    /** Changes one node of {@code tree} in place; returns what it did. */
    private static String mutate(JsonNode tree, Random random) {
        List<String> paths = new ArrayList<>();
        List<JsonNode> parents = new ArrayList<>();
        collect(tree, "$", paths, parents);
        int k = random.nextInt(paths.size());
        String path = paths.get(k);
        JsonNode parent = parents.get(k);
        String key = path.substring(path.lastIndexOf(parent.isArray() ? '[' : '.') + 1).replace("]", "");
        int kind = random.nextInt(10);
        if (parent.isObject()) {
            ObjectNode o = (ObjectNode) parent;
            if (kind == 0) {
                o.remove(key);
                return "removed " + path;
            }
            if (kind == 1) {
                o.put("extra" + random.nextInt(3), 1);
                return "unknown field beside " + path;
            }
            JsonNode v = HOSTILE[random.nextInt(HOSTILE.length)];
            o.set(key, v);
            return path + " = " + v;
        }
        ArrayNode a = (ArrayNode) parent;
        int index = Integer.parseInt(key);
        if (kind == 0) {
            a.add(a.get(index).deepCopy());
            return "repeated " + path;
        }
        JsonNode v = HOSTILE[random.nextInt(HOSTILE.length)];
        a.set(index, v);
        return path + " = " + v;
    }

    private static void collect(JsonNode node, String path, List<String> paths, List<JsonNode> parents) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                String p = path + "." + e.getKey();
                paths.add(p);
                parents.add(node);
                collect(e.getValue(), p, paths, parents);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String p = path + "[" + i + "]";
                paths.add(p);
                parents.add(node);
                collect(node.get(i), p, paths, parents);
            }
        }
    }
}
