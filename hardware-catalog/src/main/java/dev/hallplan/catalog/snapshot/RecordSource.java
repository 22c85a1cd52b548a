package dev.hallplan.catalog.snapshot;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Java source text that rebuilds a value: records through their canonical constructors, enums,
 * strings, boxed numbers, lists, sets, maps and dates. Build-time snapshots of validated data
 * (the built-in catalog, docs/performance.md) are written with it, so a start-up runs
 * constructors instead of parsing and validating JSON. Collections rebuild through
 * {@link SnapshotValues} in their iteration order; a record's compact constructor applies its own
 * copies and checks again. Any other type is refused: a snapshot must never hold a value it
 * cannot reproduce exactly.
 */
public final class RecordSource {
    private RecordSource() {
    }

    /**
     * A Java expression equal to {@code value}.
     *
     * @throws IllegalArgumentException naming the type when {@code value} (or anything in it) is of a
     *     type this writer does not know
     */
    public static String expression(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            out.append(stringLiteral(s));
        } else if (value instanceof Double d) {
            out.append(doubleLiteral(d));
        } else if (value instanceof Float f) {
            out.append(Float.isFinite(f) ? Float.toString(f) + "f" : "(float) " + doubleLiteral(f.doubleValue()));
        } else if (value instanceof Long l) {
            out.append(l).append('L');
        } else if (value instanceof Integer || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Short || value instanceof Byte) {
            out.append('(').append(value instanceof Short ? "short" : "byte").append(") ").append(value);
        } else if (value instanceof Character c) {
            out.append("(char) ").append((int) c);
        } else if (value instanceof Enum<?> e) {
            out.append(e.getDeclaringClass().getCanonicalName()).append('.').append(e.name());
        } else if (value instanceof Record r) {
            appendRecord(out, r);
        } else if (value instanceof LocalDate d) {
            out.append("java.time.LocalDate.of(").append(d.getYear()).append(", ").append(d.getMonthValue()).append(", ")
                    .append(d.getDayOfMonth()).append(')');
        } else if (value instanceof List<?> list) {
            appendAll(out, "list", list);
        } else if (value instanceof Set<?> set) {
            appendAll(out, "set", set);
        } else if (value instanceof Map<?, ?> map) {
            List<Object> keysAndValues = new ArrayList<>();
            map.forEach((k, v) -> {
                keysAndValues.add(k);
                keysAndValues.add(v);
            });
            appendAll(out, "map", keysAndValues);
        } else {
            throw new IllegalArgumentException("a snapshot cannot hold a value of type " + value.getClass().getName());
        }
    }

    private static void appendRecord(StringBuilder out, Record r) {
        Class<?> type = r.getClass();
        if (type.getCanonicalName() == null) {
            throw new IllegalArgumentException("a snapshot cannot name the record type " + type.getName());
        }
        out.append("new ").append(type.getCanonicalName()).append('(');
        RecordComponent[] components = type.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            if (i > 0) {
                out.append(", ");
            }
            try {
                java.lang.reflect.Method accessor = components[i].getAccessor();
                accessor.setAccessible(true);
                appendTyped(out, components[i].getType(), accessor.invoke(r));
            } catch (ReflectiveOperationException ex) {
                throw new IllegalArgumentException("cannot read " + type.getName() + "." + components[i].getName(), ex);
            }
        }
        out.append(')');
    }

    /** A collection argument gets its component's type so an empty or all-null one still compiles. */
    private static void appendTyped(StringBuilder out, Class<?> declared, Object value) {
        if (value == null && declared != Object.class && !declared.isPrimitive()) {
            out.append("(").append(declared.getCanonicalName()).append(") null");
        } else {
            append(out, value);
        }
    }

    private static void appendAll(StringBuilder out, String factory, Collection<?> items) {
        out.append(SnapshotValues.class.getCanonicalName()).append('.').append(factory).append('(');
        boolean first = true;
        for (Object item : items) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            // as Object so a lone null or array-typed argument stays one element of the varargs
            out.append("(Object) ");
            append(out, item);
        }
        out.append(')');
    }

    /** A Java literal of {@code d}, exact: {@link Double#toString} round-trips. */
    static String doubleLiteral(double d) {
        if (Double.isNaN(d)) {
            return "Double.NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
        }
        return Double.toString(d);
    }

    /**
     * A Java string literal of {@code s}: printable ASCII as is, the usual escapes, other control
     * characters as octal escapes and everything above ASCII as Unicode escapes (never a Unicode
     * escape of a line break or quote, which Java would read before the literal).
     */
    static String stringLiteral(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\%03o", (int) c));
                    } else if (c > 0x7f) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
