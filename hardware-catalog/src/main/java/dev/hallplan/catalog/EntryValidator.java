package dev.hallplan.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks one entry node against the record it will become: the record's components are the
 * schema (name, JSON type, enum constants), {@link CatalogRules} adds what may be omitted and the
 * plausible ranges. Reports every problem; never throws for bad input.
 */
final class EntryValidator {
    private final EntryProblems problems;

    EntryValidator(EntryProblems problems) {
        this.problems = problems;
    }

    /** Validates {@code node} as a {@code type}; {@code prefix} is the path of nested records ("nics[0]."). */
    void validateRecord(Class<?> type, JsonNode node, String prefix) {
        if (!node.isObject()) {
            problems.add(prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1),
                    "expected an object, found " + describe(node));
            return;
        }
        RecordComponent[] components = type.getRecordComponents();
        Set<String> names = Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
        node.fieldNames().forEachRemaining(name -> {
            if (!names.contains(name)) {
                problems.add(prefix + name, "unknown field; " + type.getSimpleName() + " fields are "
                        + Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.joining(", ")));
            }
        });
        for (RecordComponent c : components) {
            JsonNode value = node.get(c.getName());
            String field = prefix + c.getName();
            if (value == null || value.isNull()) {
                if (!CatalogRules.optional(type).contains(c.getName())) {
                    problems.add(field, "missing required field");
                }
            } else if (c.getType() != Sources.class) {
                validateValue(type, c.getName(), c.getType(), c.getGenericType(), value, field);
            }
        }
    }

    private void validateValue(Class<?> owner, String name, Class<?> type, Type generic, JsonNode v, String field) {
        if (type == String.class) {
            if (!v.isTextual()) {
                problems.add(field, "expected a string, found " + describe(v));
            }
        } else if (type == double.class || type == int.class || type == long.class) {
            number(owner, name, type, v, field);
        } else if (type == boolean.class) {
            if (!v.isBoolean()) {
                problems.add(field, "expected true or false, found " + describe(v));
            }
        } else if (type.isEnum()) {
            enumConstant(type, v, field);
        } else if (Map.class.isAssignableFrom(type)) {
            precisionMap(owner, name, v, field);
        } else if (List.class.isAssignableFrom(type) || Set.class.isAssignableFrom(type)) {
            list(elementType(generic), v, field);
        } else {
            throw new IllegalStateException("no validation for " + owner.getSimpleName() + "." + name);
        }
    }

    private void number(Class<?> owner, String name, Class<?> type, JsonNode v, String field) {
        if (!v.isNumber()) {
            problems.add(field, "expected a number, found " + describe(v));
            return;
        }
        double d = v.doubleValue();
        if (type != double.class && d != Math.rint(d)) {
            problems.add(field, "expected a whole number, found " + v.asText());
            return;
        }
        if (type == int.class && Math.abs(d) > Integer.MAX_VALUE) {
            problems.add(field, "out of range for a whole number: " + v.asText());
            return;
        }
        CatalogRules.limit(owner, name).check(field, d).ifPresent(reason -> problems.add(field, reason));
    }

    private void enumConstant(Class<?> type, JsonNode v, String field) {
        if (!v.isTextual()) {
            problems.add(field, "expected one of " + constants(type) + ", found " + describe(v));
        } else if (Arrays.stream(type.getEnumConstants()).noneMatch(c -> ((Enum<?>) c).name().equals(v.asText()))) {
            problems.add(field, "unknown " + type.getSimpleName() + " '" + v.asText() + "'; expected one of " + constants(type));
        }
    }

    private void precisionMap(Class<?> owner, String name, JsonNode v, String field) {
        if (!v.isObject()) {
            problems.add(field, "expected an object of precision to number, found " + describe(v));
            return;
        }
        v.properties().forEach(e -> {
            String key = field + "." + e.getKey();
            if (!isPrecision(e.getKey())) {
                problems.add(key, "unknown precision '" + e.getKey() + "'; expected one of " + constants(Precision.class));
            } else {
                number(owner, name, double.class, e.getValue(), key);
            }
        });
    }

    private void list(Class<?> element, JsonNode v, String field) {
        if (!v.isArray()) {
            problems.add(field, "expected an array, found " + describe(v));
            return;
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            if (element.isRecord()) {
                validateRecord(element, item, field + "[" + i + "].");
            } else {
                enumConstant(element, item, field + "[" + i + "]");
            }
        }
    }

    static boolean isPrecision(String name) {
        return Arrays.stream(Precision.values()).anyMatch(p -> p.name().equals(name));
    }

    private static Class<?> elementType(Type generic) {
        return (Class<?>) ((ParameterizedType) generic).getActualTypeArguments()[0];
    }

    private static String constants(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
    }

    /** A short description of a node for "found ..." messages. */
    static String describe(JsonNode v) {
        if (v.isTextual()) {
            return "a string (\"" + v.asText() + "\")";
        }
        if (v.isNumber()) {
            return "a number (" + v.asText() + ")";
        }
        if (v.isBoolean()) {
            return "a boolean (" + v.asText() + ")";
        }
        if (v.isArray()) {
            return "an array";
        }
        if (v.isObject()) {
            return "an object";
        }
        return "null";
    }
}
