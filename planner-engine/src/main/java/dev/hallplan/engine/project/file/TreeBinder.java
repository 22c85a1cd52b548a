package dev.hallplan.engine.project.file;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hallplan.engine.supply.HourlyProfile;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a JSON tree into project records, collecting every problem with its path instead of
 * stopping at the first. Records are bound through their canonical constructor by component name,
 * so the records' compact constructors stay the one place facts are validated; a constructor's
 * complaint is mapped back to the field it names.
 */
final class TreeBinder {
    /** Marks a value that could not be bound (its problem is already recorded). */
    private static final Object FAILED = new Object();

    private final List<ProjectProblem> problems = new ArrayList<>();

    List<ProjectProblem> problems() {
        return problems;
    }

    /** The bound value, or empty when any problem was found below {@code path}. */
    <T> java.util.Optional<T> bind(JsonNode node, Class<T> type, String path) {
        Object v = value(node, type, path);
        return v == FAILED ? java.util.Optional.empty() : java.util.Optional.of(type.cast(v));
    }

    private Object value(JsonNode node, Type type, String path) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (raw == List.class) {
                return list(node, args[0], path);
            }
            if (raw == Set.class) {
                return set(node, args[0], path);
            }
            if (raw == Map.class) {
                return map(node, args[1], path);
            }
            return fail(path, "unsupported type " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return node.isTextual() ? node.asText() : fail(path, "expected text, was " + describe(node));
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return whole(node, c, path);
        }
        if (c == double.class || c == Double.class) {
            return number(node, path);
        }
        if (c == boolean.class || c == Boolean.class) {
            return node.isBoolean() ? (Object) node.asBoolean() : fail(path, "expected true or false, was " + describe(node));
        }
        if (c.isEnum()) {
            return enumValue(node, c, path);
        }
        if (c == HourlyProfile.class) {
            return profile(node, path);
        }
        if (c.isRecord()) {
            return record(node, c, path);
        }
        return fail(path, "unsupported type " + c.getSimpleName());
    }

    /** A finite double; JSON allows numbers such as 1e400 that overflow to infinity when read. */
    private Object number(JsonNode node, String path) {
        if (!node.isNumber()) {
            return fail(path, "expected a number, was " + describe(node));
        }
        double d = node.asDouble();
        if (!Double.isFinite(d)) {
            return fail(path, "number out of range: beyond ±1.8e308 (it overflows to infinity)");
        }
        return d;
    }

    private Object whole(JsonNode node, Class<?> c, String path) {
        if (!node.isNumber()) {
            return fail(path, "expected a whole number, was " + describe(node));
        }
        double d = node.asDouble();
        if (!node.isIntegralNumber() && d != Math.rint(d)) {
            return fail(path, "expected a whole number, was " + node.asText());
        }
        boolean isInt = c == int.class || c == Integer.class;
        if (isInt ? !node.canConvertToInt() : !node.canConvertToLong()) {
            return fail(path, "expected a whole number within ±" + (isInt ? Integer.MAX_VALUE : Long.MAX_VALUE) + ", was " + node.asText());
        }
        return isInt ? (Object) node.intValue() : (Object) node.longValue();
    }

    private Object enumValue(JsonNode node, Class<?> c, String path) {
        Object[] constants = c.getEnumConstants();
        if (node.isTextual()) {
            for (Object e : constants) {
                if (((Enum<?>) e).name().equals(node.asText())) {
                    return e;
                }
            }
        }
        return fail(path, "expected one of " + Arrays.stream(constants).map(Object::toString).collect(Collectors.joining(", "))
                + ", was " + describe(node));
    }

    private Object profile(JsonNode node, String path) {
        if (!node.isArray()) {
            return fail(path, "expected an array of numbers (1, 24, 168 or 8760 values), was " + describe(node));
        }
        double[] values = new double[node.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode e = node.get(i);
            Object v = number(e, JsonPaths.index(path, i));
            if (v == FAILED) {
                return FAILED;
            }
            values[i] = (double) v;
        }
        try {
            return HourlyProfile.of(values);
        } catch (IllegalArgumentException ex) {
            return fail(path, ex.getMessage());
        }
    }

    private Object list(JsonNode node, Type element, String path) {
        if (!node.isArray()) {
            return fail(path, "expected an array, was " + describe(node));
        }
        List<Object> out = new ArrayList<>(node.size());
        boolean failed = false;
        for (int i = 0; i < node.size(); i++) {
            Object v = value(node.get(i), element, JsonPaths.index(path, i));
            failed |= v == FAILED;
            out.add(v);
        }
        if (failed) {
            return FAILED;
        }
        List<ProjectProblem> duplicates = DuplicateIds.in(out, path);
        problems.addAll(duplicates);
        return duplicates.isEmpty() ? out : FAILED;
    }

    private Object set(JsonNode node, Type element, String path) {
        Object l = list(node, element, path);
        if (l == FAILED) {
            return FAILED;
        }
        Set<Object> out = new LinkedHashSet<>();
        List<?> items = (List<?>) l;
        for (int i = 0; i < items.size(); i++) {
            if (!out.add(items.get(i))) {
                return fail(JsonPaths.index(path, i), "duplicate value " + items.get(i));
            }
        }
        return out;
    }

    private Object map(JsonNode node, Type valueType, String path) {
        if (!node.isObject()) {
            return fail(path, "expected an object, was " + describe(node));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        boolean failed = false;
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            Object v = value(e.getValue(), valueType, JsonPaths.field(path, e.getKey()));
            failed |= v == FAILED;
            out.put(e.getKey(), v);
        }
        return failed ? FAILED : out;
    }

    private Object record(JsonNode node, Class<?> c, String path) {
        if (!node.isObject()) {
            return fail(path, "expected an object, was " + describe(node));
        }
        RecordShape shape = RecordShape.of(c);
        RecordComponent[] comps = shape.components;
        Set<String> names = shape.names;
        boolean failed = false;
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!names.contains(f)) {
                failed = true;
                fail(JsonPaths.field(path, f), "unknown field; " + c.getSimpleName() + " has " + String.join(", ", names));
            }
        }
        Object[] args = new Object[comps.length];
        for (int i = 0; i < comps.length; i++) {
            RecordComponent rc = comps[i];
            JsonNode child = node.get(rc.getName());
            String childPath = JsonPaths.field(path, rc.getName());
            if (child == null || child.isNull()) {
                if (rc.getType().isPrimitive() || RequiredFields.isRequired(c, rc.getName())) {
                    failed = true;
                    fail(childPath, "missing required field");
                }
                args[i] = null;
                continue;
            }
            args[i] = value(child, rc.getGenericType(), childPath);
            failed |= args[i] == FAILED;
        }
        return failed ? FAILED : construct(c, shape, args, path);
    }

    private Object construct(Class<?> c, RecordShape shape, Object[] args, String path) {
        RecordComponent[] comps = shape.components;
        try {
            return shape.constructor.newInstance(args);
        } catch (InvocationTargetException ex) {
            Throwable cause = ex.getCause();
            if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
                problems.add(ConstructorComplaint.locate(path, comps, args, cause));
                return FAILED;
            }
            throw new IllegalStateException("constructing " + c.getSimpleName() + " at " + path, cause);
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("cannot construct " + c.getSimpleName(), ex);
        }
    }

    private Object fail(String path, String reason) {
        problems.add(new ProjectProblem(path, reason));
        return FAILED;
    }

    static String describe(JsonNode node) {
        if (node.isTextual()) {
            return "text \"" + node.asText() + "\"";
        }
        if (node.isNumber()) {
            return "number " + node.asText();
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isObject()) {
            return "an object";
        }
        return node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }
}
