package dev.hallplan.sweeps.spec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a sweep spec (JSON, docs/sweeps.md) and reports every problem at once with its JSON path,
 * e.g. {@code axes[2].kind: unknown kind "price"}.
 */
public final class SpecParser {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final Set<String> TOP = Set.of("name", "scenarios", "axes", "sampling", "solve");
    private static final Set<String> AXIS = Set.of("name", "kind", "accelerator", "vendor", "workload", "values", "min", "max");
    private static final Set<String> SAMPLING = Set.of("method", "points", "seed");
    private static final Set<String> SOLVE = Set.of("seconds", "steps", "seed");

    private final List<String> problems = new ArrayList<>();

    private SpecParser() {
    }

    /** The spec in {@code json}; {@code source} names it in messages. Throws {@link SpecException} listing every problem. */
    public static SweepSpec parse(String json, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException ex) {
            var at = ex.getLocation();
            throw new SpecException(source, List.of("$: invalid JSON" + (at == null ? "" : " at line " + at.getLineNr()
                    + ", column " + at.getColumnNr()) + ": " + ex.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new SpecException(source, List.of("$: expected a JSON object"));
        }
        SpecParser p = new SpecParser();
        SweepSpec spec = p.spec(root);
        if (!p.problems.isEmpty()) {
            throw new SpecException(source, p.problems);
        }
        return spec;
    }

    /** {@code json} in canonical form (keys sorted, no spacing), so that formatting does not change a spec's hash. */
    public static String canonicalJson(String json) {
        try {
            Object tree = MAPPER.treeToValue(MAPPER.readTree(json), Object.class);
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException ex) {
            throw new IllegalArgumentException("not JSON: " + ex.getOriginalMessage(), ex);
        }
    }

    private SweepSpec spec(JsonNode root) {
        unknown(root, TOP, "$");
        String name = text(root, "name", "$").orElse(null);
        List<String> scenarios = new ArrayList<>();
        JsonNode s = root.path("scenarios");
        if (!s.isMissingNode() && !s.isArray()) {
            problems.add("$.scenarios: expected a list of scenario names");
        }
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).isTextual() && !s.get(i).asText().isBlank()) {
                scenarios.add(s.get(i).asText());
            } else {
                problems.add("$.scenarios[" + i + "]: expected a scenario name");
            }
        }
        List<Axis> axes = new ArrayList<>();
        JsonNode a = root.path("axes");
        if (!a.isMissingNode() && !a.isArray()) {
            problems.add("$.axes: expected a list of axes");
        }
        for (int i = 0; i < a.size(); i++) {
            axis(a.get(i), "$.axes[" + i + "]").ifPresent(axes::add);
        }
        Sampling sampling = sampling(root.path("sampling"));
        SolveSettings solve = solve(root.path("solve"));
        if (!problems.isEmpty()) {
            return null;
        }
        return build("$", () -> new SweepSpec(name, scenarios, axes, sampling, solve));
    }

    private Optional<Axis> axis(JsonNode n, String at) {
        if (!n.isObject()) {
            problems.add(at + ": expected an object with name, kind and values (or min and max)");
            return Optional.empty();
        }
        unknown(n, AXIS, at);
        int before = problems.size();
        String name = text(n, "name", at).orElse(null);
        if (name == null) {
            problems.add(at + ".name: missing");
        }
        AxisKind kind = text(n, "kind", at).flatMap(k -> {
            Optional<AxisKind> known = AxisKind.ofKey(k);
            if (known.isEmpty()) {
                problems.add(at + ".kind: unknown kind \"" + k + "\"; known: " + AxisKind.keys());
            }
            return known;
        }).orElse(null);
        if (kind == null && !n.has("kind")) {
            problems.add(at + ".kind: missing; one of " + AxisKind.keys());
        }
        List<Double> values = new ArrayList<>();
        JsonNode v = n.path("values");
        if (!v.isMissingNode() && !v.isArray()) {
            problems.add(at + ".values: expected a list of multipliers");
        }
        for (int i = 0; i < v.size(); i++) {
            if (v.get(i).isNumber()) {
                values.add(v.get(i).asDouble());
            } else {
                problems.add(at + ".values[" + i + "]: expected a number");
            }
        }
        double min = number(n, "min", at).orElse(Double.NaN);
        double max = number(n, "max", at).orElse(Double.NaN);
        String accelerator = text(n, "accelerator", at).orElse(null);
        String vendor = text(n, "vendor", at).orElse(null);
        String workload = text(n, "workload", at).orElse(null);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.ofNullable(build(at, () -> new Axis(name, kind, accelerator, vendor, workload, values, min, max)));
    }

    private Sampling sampling(JsonNode n) {
        if (n.isMissingNode()) {
            return Sampling.grid();
        }
        unknown(n, SAMPLING, "$.sampling");
        String method = text(n, "method", "$.sampling").orElse("grid");
        int points = (int) number(n, "points", "$.sampling").orElse(0.0).doubleValue();
        long seed = (long) number(n, "seed", "$.sampling").orElse(0.0).doubleValue();
        return switch (method) {
            case "grid" -> build("$.sampling", () -> new Sampling(Sampling.Method.GRID, points, 0));
            case "latinHypercube" -> build("$.sampling", () -> new Sampling(Sampling.Method.LATIN_HYPERCUBE, points, seed));
            default -> {
                problems.add("$.sampling.method: unknown method \"" + method + "\"; known: grid, latinHypercube");
                yield null;
            }
        };
    }

    private SolveSettings solve(JsonNode n) {
        if (n.isMissingNode()) {
            problems.add("$.solve: missing; give seconds and/or steps per point, e.g. {\"steps\": 200, \"seed\": 0}");
            return null;
        }
        unknown(n, SOLVE, "$.solve");
        double seconds = number(n, "seconds", "$.solve").orElse(0.0);
        int steps = (int) number(n, "steps", "$.solve").orElse(0.0).doubleValue();
        long seed = (long) number(n, "seed", "$.solve").orElse(0.0).doubleValue();
        return build("$.solve", () -> new SolveSettings(seconds, steps, seed));
    }

    private <T> T build(String at, java.util.function.Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException ex) {
            problems.add(at + ": " + ex.getMessage());
            return null;
        }
    }

    private void unknown(JsonNode n, Set<String> known, String at) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) {
                problems.add(at + "." + f + ": unknown field; expected one of " + known.stream().sorted().toList());
            }
        }
    }

    private Optional<String> text(JsonNode n, String field, String at) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            problems.add(at + "." + field + ": expected a non-empty text");
            return Optional.empty();
        }
        return Optional.of(v.asText());
    }

    private Optional<Double> number(JsonNode n, String field, String at) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isNumber()) {
            problems.add(at + "." + field + ": expected a number");
            return Optional.empty();
        }
        return Optional.of(v.asDouble());
    }
}
