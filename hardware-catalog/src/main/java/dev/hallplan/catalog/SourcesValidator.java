package dev.hallplan.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks an entry's {@code sources}: each key names a field of the entry (or {@code "*"}, or
 * {@code "denseFlopsPerSecond.FP8"} for one precision), each value is a well-formed provenance, and
 * every figure present in the entry resolves to a provenance the way {@link Sources#of} resolves it.
 */
final class SourcesValidator {
    private static final Set<String> PROVENANCE_FIELDS = Set.of("source", "kind", "note");

    private final EntryProblems problems;

    SourcesValidator(EntryProblems problems) {
        this.problems = problems;
    }

    void validate(Class<? extends Record> type, JsonNode entry) {
        JsonNode sources = entry.get("sources");
        if (sources == null || sources.isNull()) {
            return; // reported as a missing required field
        }
        if (!sources.isObject()) {
            problems.add("sources", "expected an object of field to provenance, found " + EntryValidator.describe(sources));
            return;
        }
        sources.properties().forEach(e -> {
            checkKey(type, e.getKey());
            checkProvenance("sources." + e.getKey(), e.getValue());
        });
        for (RecordComponent c : type.getRecordComponents()) {
            JsonNode value = entry.get(c.getName());
            if (value == null || value.isNull() || !isFigure(c)) {
                continue;
            }
            if (Map.class.isAssignableFrom(c.getType()) && value.isObject()) {
                value.fieldNames().forEachRemaining(k -> requireCovered(sources, c.getName() + "." + k));
            } else {
                requireCovered(sources, c.getName());
            }
        }
    }

    private void checkKey(Class<? extends Record> type, String key) {
        if (key.equals(Sources.DEFAULT_KEY)) {
            return;
        }
        String base = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
        Optional<RecordComponent> component = Arrays.stream(type.getRecordComponents())
                .filter(c -> c.getName().equals(base) && !c.getName().equals("sources")).findFirst();
        if (component.isEmpty()) {
            problems.add("sources." + key, "provenance for an unknown field '" + base + "'");
        } else if (key.contains(".")) {
            String sub = key.substring(key.indexOf('.') + 1);
            if (!Map.class.isAssignableFrom(component.get().getType())) {
                problems.add("sources." + key, "'" + base + "' has no sub-keys");
            } else if (!EntryValidator.isPrecision(sub)) {
                problems.add("sources." + key, "unknown precision '" + sub + "'");
            }
        }
    }

    private void checkProvenance(String field, JsonNode p) {
        if (!p.isObject()) {
            problems.add(field, "expected {\"source\", \"kind\", \"note\"}, found " + EntryValidator.describe(p));
            return;
        }
        p.fieldNames().forEachRemaining(n -> {
            if (!PROVENANCE_FIELDS.contains(n)) {
                problems.add(field + "." + n, "unknown provenance field; expected source, kind, note");
            }
        });
        JsonNode source = p.get("source");
        if (source == null || !source.isTextual() || source.asText().isBlank()) {
            problems.add(field + ".source", "missing provenance source: a URL or citation is required");
        }
        JsonNode kind = p.get("kind");
        if (kind == null || !kind.isTextual()) {
            problems.add(field + ".kind", "missing provenance kind; expected one of " + kinds());
        } else if (Arrays.stream(ProvenanceKind.values()).noneMatch(k -> k.name().equals(kind.asText()))) {
            problems.add(field + ".kind", "unknown ProvenanceKind '" + kind.asText() + "'; expected one of " + kinds());
        }
        JsonNode note = p.get("note");
        if (note != null && !note.isNull() && !note.isTextual()) {
            problems.add(field + ".note", "expected a string, found " + EntryValidator.describe(note));
        }
    }

    private void requireCovered(JsonNode sources, String field) {
        String base = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
        if (!sources.has(field) && !sources.has(base) && !sources.has(Sources.DEFAULT_KEY)) {
            problems.add(field, "missing provenance: add sources \"" + field + "\" or an entry default \"*\"");
        }
    }

    /** Numbers, per-precision maps and lists of fitted parts are figures that need a source. */
    private static boolean isFigure(RecordComponent c) {
        Class<?> t = c.getType();
        return t == double.class || t == int.class || t == long.class || Map.class.isAssignableFrom(t) || List.class.isAssignableFrom(t);
    }

    private static String kinds() {
        return String.join(", ", Arrays.stream(ProvenanceKind.values()).map(Enum::name).toList());
    }
}
