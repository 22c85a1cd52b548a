package dev.hallplan.engine.project.file;

import dev.hallplan.engine.project.Scenario;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Finds ids (or scenario names) that occur twice in one list of records. */
final class DuplicateIds {
    private DuplicateIds() {
    }

    /** One problem per repeated key, on the repeating element's key field. */
    static List<ProjectProblem> in(List<Object> items, String path) {
        List<ProjectProblem> out = new ArrayList<>(0);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String key = keyOf(items.get(i));
            if (key != null && !seen.add(key)) {
                String field = items.get(i) instanceof Scenario ? "name" : "id";
                out.add(new ProjectProblem(JsonPaths.field(JsonPaths.index(path, i), field), "duplicate " + field + " '" + key + "'"));
            }
        }
        return out;
    }

    /** The accessor of a record type's {@code String id} component, looked up once per type; empty without one. */
    private static final ClassValue<java.util.Optional<java.lang.reflect.Method>> ID_ACCESSOR = new ClassValue<>() {
        @Override
        protected java.util.Optional<java.lang.reflect.Method> computeValue(Class<?> c) {
            if (!c.isRecord()) {
                return java.util.Optional.empty();
            }
            for (RecordComponent rc : c.getRecordComponents()) {
                if (rc.getName().equals("id") && rc.getType() == String.class) {
                    return java.util.Optional.of(rc.getAccessor());
                }
            }
            return java.util.Optional.empty();
        }
    };

    private static String keyOf(Object item) {
        if (item instanceof Scenario s) {
            return s.name();
        }
        if (item == null) {
            return null;
        }
        var accessor = ID_ACCESSOR.get(item.getClass());
        if (accessor.isEmpty()) {
            return null;
        }
        try {
            return (String) accessor.get().invoke(item);
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
