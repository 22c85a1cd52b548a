package dev.hallplan.engine.project.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hallplan.engine.supply.HourlyProfile;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns project records into a JSON tree in a stable order so saved files diff well: record
 * fields in component order, map keys and set elements sorted, enums by name, hourly profiles as
 * plain number arrays, whole-valued numbers without a trailing ".0". Null fields are left out.
 */
final class TreeWriter {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private TreeWriter() {
    }

    static JsonNode write(Object value) {
        if (value instanceof String s) {
            return F.textNode(s);
        }
        if (value instanceof Integer i) {
            return F.numberNode(i);
        }
        if (value instanceof Long l) {
            return F.numberNode(l);
        }
        if (value instanceof Double d) {
            return number(d);
        }
        if (value instanceof Boolean b) {
            return F.booleanNode(b);
        }
        if (value instanceof Enum<?> e) {
            return F.textNode(e.name());
        }
        if (value instanceof HourlyProfile p) {
            ArrayNode a = F.arrayNode();
            for (double v : p.values()) {
                a.add(number(v));
            }
            return a;
        }
        if (value instanceof java.util.Set<?> s) {
            ArrayNode a = F.arrayNode();
            s.stream().sorted(java.util.Comparator.comparing(Object::toString)).forEach(e -> a.add(write(e)));
            return a;
        }
        if (value instanceof Collection<?> c) {
            ArrayNode a = F.arrayNode();
            c.forEach(e -> a.add(write(e)));
            return a;
        }
        if (value instanceof Map<?, ?> m) {
            ObjectNode o = F.objectNode();
            new TreeMap<>(m).forEach((k, v) -> o.set(k.toString(), write(v)));
            return o;
        }
        if (value instanceof Record r) {
            return record(r);
        }
        throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " to a project file");
    }

    private static ObjectNode record(Record r) {
        ObjectNode o = F.objectNode();
        RecordShape shape = RecordShape.of(r.getClass());
        for (int i = 0; i < shape.components.length; i++) {
            RecordComponent rc = shape.components[i];
            Object v = shape.get(r, i);
            if (v != null) {
                o.set(rc.getName(), write(v));
            }
        }
        return o;
    }

    /** Whole numbers within the exact range of a double are written without a fraction; NaN and infinities have no JSON form. */
    private static JsonNode number(double d) {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("cannot write " + d + " to a project file: JSON numbers are finite");
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15 && !(d == 0 && 1 / d < 0)) {
            return F.numberNode((long) d);
        }
        return F.numberNode(d);
    }
}
