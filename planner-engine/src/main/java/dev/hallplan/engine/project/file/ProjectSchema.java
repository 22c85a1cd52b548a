package dev.hallplan.engine.project.file;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hallplan.engine.project.Climate;
import dev.hallplan.engine.project.LatencySlo;
import dev.hallplan.engine.project.PowerFeeds;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Redundancy;
import dev.hallplan.engine.project.Region;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.supply.HourlyProfile;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON Schema (draft 2020-12) of the current project file format, generated from the records
 * the loader binds ({@link TreeBinder}): one definition per record, its components as properties,
 * required fields as the loader requires them, numbers within their {@link FieldRanges documented
 * ranges}, hourly profiles of 1, 24, 168 or 8760 values, no unknown fields. Published as
 * {@code docs/schema/project-N.schema.json} (a test keeps the file equal to this output) and named
 * by {@link ProjectFiles#SCHEMA_URI} in every saved file, so editors check files as people type.
 * What a schema cannot say (references to the catalog, ids unique across lists, racks within
 * their row) stays with {@link ProjectValidator}.
 */
public final class ProjectSchema {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Texts printed on one line and matched exactly (ids, names, labels) hold no control characters. */
    private static final String SINGLE_LINE = "^[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$";
    private static final String NON_BLANK_SINGLE_LINE = "^(?=[\\s\\S]*\\S)[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$";
    /** Longest id, name or label (the records' rule). */
    private static final int MAX_LABEL_CHARS = 256;
    /** Free text: may span lines. */
    private static final Set<String> FREE_TEXT = Set.of("description", "source", "score");
    /** Text fields the records refuse blank (ids and the names of projects and scenarios). */
    private static final Set<String> NON_BLANK = Set.of("id", "catalogId", "rackTypeId", "modelId", "engineId", "workloadId",
            "hallId", "serverId", "Project.name", "Scenario.name");

    private final List<String> constraintNames;
    private final ObjectNode defs = F.objectNode();

    private ProjectSchema(List<String> constraintNames) {
        this.constraintNames = constraintNames;
    }

    /** The schema, with {@code constraintNames} as the allowed keys of {@code constraintWeights}. */
    public static ObjectNode generate(List<String> constraintNames) {
        ProjectSchema s = new ProjectSchema(List.copyOf(constraintNames));
        s.record(Project.class);
        ObjectNode root = F.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", ProjectFiles.SCHEMA_URI);
        root.put("title", "HallPlan project file, format " + Project.CURRENT_FORMAT_VERSION);
        root.put("description", "A *.hallplan.json file (docs/project-file.md). Generated from the project records; "
                + "numeric limits and their sources: docs/reliability.md.");
        root.put("$ref", "#/$defs/Project");
        root.set("$defs", s.defs);
        return root;
    }

    /** The schema as saved in docs/schema: two-space indentation, "\n" line ends, a final newline. */
    public static String text(List<String> constraintNames) {
        return ProjectFiles.pretty(generate(constraintNames));
    }

    private void record(Class<?> c) {
        if (defs.has(c.getSimpleName())) {
            return;
        }
        ObjectNode def = defs.putObject(c.getSimpleName());
        def.put("type", "object");
        ObjectNode props = def.putObject("properties");
        ArrayNode required = F.arrayNode();
        if (c == Project.class) {
            props.putObject("$schema").put("type", "string").put("description", "the address of this schema");
        }
        for (RecordComponent rc : c.getRecordComponents()) {
            boolean isRequired = rc.getType().isPrimitive() || RequiredFields.isRequired(c, rc.getName());
            ObjectNode p = value(c, rc.getName(), rc.getGenericType());
            if (c == Project.class && rc.getName().equals("formatVersion")) {
                p = F.objectNode().put("const", Project.CURRENT_FORMAT_VERSION);
            }
            if (isRequired) {
                required.add(rc.getName());
                props.set(rc.getName(), p);
            } else {
                ObjectNode nullable = F.objectNode();
                nullable.putArray("anyOf").add(p).add(F.objectNode().put("type", "null"));
                props.set(rc.getName(), nullable);
            }
        }
        if (!required.isEmpty()) {
            def.set("required", required);
        }
        def.put("additionalProperties", false);
    }

    private ObjectNode value(Class<?> owner, String field, Type type) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (raw == Map.class) {
                ObjectNode o = F.objectNode().put("type", "object");
                o.set("additionalProperties", value(owner, field, args[1]));
                o.set("propertyNames", owner == Scenario.class && field.equals("constraintWeights")
                        ? F.objectNode().set("enum", strings(constraintNames)) : text(field, false));
                return o;
            }
            ObjectNode a = F.objectNode().put("type", "array");
            a.set("items", value(owner, field, args[0]));
            if (raw == Set.class) {
                a.put("uniqueItems", true);
            }
            if (owner == Climate.class) {
                a.put("minItems", 12).put("maxItems", 12);
            }
            return a;
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class && owner == LatencySlo.class && field.equals("statistic")) {
            return F.objectNode().set("enum", strings(List.of(LatencySlo.MEAN, LatencySlo.P99)));
        }
        if (c == String.class) {
            return owner == Region.class && field.equals("countryCode")
                    ? F.objectNode().put("type", "string").put("pattern", "^[A-Z]{2}$")
                    : text(NON_BLANK.contains(field) || NON_BLANK.contains(owner.getSimpleName() + "." + field) ? "id" : field, true);
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return number(owner, field, "integer");
        }
        if (c == double.class || c == Double.class) {
            return number(owner, field, "number");
        }
        if (c == boolean.class || c == Boolean.class) {
            return F.objectNode().put("type", "boolean");
        }
        if (c.isEnum()) {
            List<String> names = Arrays.stream(c.getEnumConstants()).map(e -> ((Enum<?>) e).name())
                    .filter(n -> !(owner == PowerFeeds.class && n.equals(Redundancy.N_PLUS_1.name()))) // feeds are N or 2N
                    .toList();
            return F.objectNode().set("enum", strings(names));
        }
        if (c == HourlyProfile.class) {
            return profile(owner, field);
        }
        if (c.isRecord()) {
            record(c);
            return F.objectNode().put("$ref", "#/$defs/" + c.getSimpleName());
        }
        throw new IllegalStateException("no schema for " + c.getName());
    }

    private ObjectNode text(String field, boolean allowFree) {
        ObjectNode s = F.objectNode().put("type", "string");
        if (field.equals("id")) {
            s.put("pattern", NON_BLANK_SINGLE_LINE).put("maxLength", MAX_LABEL_CHARS);
        } else if (!(allowFree && FREE_TEXT.contains(field))) {
            s.put("pattern", SINGLE_LINE).put("maxLength", MAX_LABEL_CHARS);
        }
        return s;
    }

    private ObjectNode number(Class<?> owner, String field, String type) {
        ObjectNode n = F.objectNode().put("type", type);
        FieldRanges.of(owner, field).ifPresent(r -> {
            if (r.minExclusive()) {
                n.put("exclusiveMinimum", r.min());
            } else {
                n.put("minimum", r.min());
            }
            n.put("maximum", r.max());
            n.put("description", r.unit() + (r.unit().isEmpty() ? "" : "; ") + "typical " + Numbers.text(r.typicalMin(), "")
                    + ".." + Numbers.text(r.typicalMax(), r.unit()) + " (" + r.why() + ")");
        });
        return n;
    }

    private ObjectNode profile(Class<?> owner, String field) {
        ObjectNode a = F.objectNode().put("type", "array");
        a.set("items", number(owner, field, "number"));
        ArrayNode lengths = a.putArray("anyOf");
        for (int n : new int[] {1, 24, 168, HourlyProfile.HOURS_PER_YEAR}) {
            lengths.addObject().put("minItems", n).put("maxItems", n);
        }
        a.put("description", "an hourly profile: 1 value (constant), 24 (a day), 168 (a week from Monday 00:00) or 8760 (a year)");
        return a;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode a = F.arrayNode();
        values.forEach(a::add);
        return a;
    }
}
