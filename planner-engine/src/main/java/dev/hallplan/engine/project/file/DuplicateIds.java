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

    private static String keyOf(Object item) {
        if (item instanceof Scenario s) {
            return s.name();
        }
        if (item instanceof Record r) {
            RecordShape shape = RecordShape.of(r.getClass());
            for (int i = 0; i < shape.components.length; i++) {
                RecordComponent rc = shape.components[i];
                if (rc.getName().equals("id") && rc.getType() == String.class) {
                    return (String) shape.get(r, i);
                }
            }
        }
        return null;
    }
}
