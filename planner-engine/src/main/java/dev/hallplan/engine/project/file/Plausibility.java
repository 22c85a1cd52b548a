package dev.hallplan.engine.project.file;

import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.supply.HourlyProfile;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks every number of a project against its {@link FieldRanges documented range}: an error for
 * the physically absurd, a warning naming the path for the atypical. Walks the records as the file
 * is laid out, so problems come in file order with the paths of the current format. A list or
 * profile of numbers gets at most one problem, on its first offending element.
 */
final class Plausibility {
    private final List<ProjectProblem> problems;

    private Plausibility(List<ProjectProblem> problems) {
        this.problems = problems;
    }

    /** Adds the range problems of {@code project} to {@code problems}. */
    static void check(Project project, List<ProjectProblem> problems) {
        new Plausibility(problems).record(project, JsonPaths.ROOT);
    }

    private void record(Record r, String path) {
        RecordShape shape = RecordShape.of(r.getClass());
        for (int i = 0; i < shape.components.length; i++) {
            RecordComponent rc = shape.components[i];
            Object v = shape.get(r, i);
            String p = JsonPaths.field(path, rc.getName());
            FieldRange range = FieldRanges.of(r.getClass(), rc.getName()).orElse(null);
            if (range != null) {
                numbers(range, v, p);
            } else {
                nested(v, p);
            }
        }
    }

    private void nested(Object v, String path) {
        if (v instanceof Record r) {
            record(r, path);
        } else if (v instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                nested(l.get(i), JsonPaths.index(path, i));
            }
        }
    }

    private void numbers(FieldRange range, Object v, String path) {
        if (v instanceof Number n) {
            add(range.check(n.doubleValue(), path));
        } else if (v instanceof HourlyProfile profile) {
            worst(range, java.util.Arrays.stream(profile.values()).boxed().toList(), path);
        } else if (v instanceof Collection<?> c) {
            worst(range, c.stream().map(e -> ((Number) e).doubleValue()).toList(), path);
        } else if (v instanceof Map<?, ?> m) {
            // the file's order: TreeWriter writes map keys sorted
            for (Map.Entry<?, ?> e : new TreeMap<>(m).entrySet()) {
                add(range.check(((Number) e.getValue()).doubleValue(), JsonPaths.field(path, e.getKey().toString())));
            }
        } else if (v != null) {
            throw new IllegalStateException("no range check for " + v.getClass().getSimpleName() + " at " + path);
        }
    }

    /** One problem for a list of numbers: its first error, else its first warning. */
    private void worst(FieldRange range, List<Double> values, String path) {
        ProjectProblem warning = null;
        for (int i = 0; i < values.size(); i++) {
            ProjectProblem p = range.check(values.get(i), JsonPaths.index(path, i));
            if (p != null && p.isError()) {
                add(p);
                return;
            }
            warning = warning == null ? p : warning;
        }
        add(warning);
    }

    private void add(ProjectProblem p) {
        if (p != null) {
            problems.add(p);
        }
    }
}
