package dev.hallplan.sweeps.point;

import dev.hallplan.engine.project.Project;
import dev.hallplan.sweeps.spec.Axis;
import dev.hallplan.sweeps.spec.SolveSettings;
import dev.hallplan.sweeps.spec.SweepPoint;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Evaluates sweep points: applies the point's changes to the base project, solves the scenario
 * with the sweep's reproducible settings, simulates the year and builds the KPIs. Stateless and
 * serializable, so Spark can ship it to any executor: it carries the project's text (parsed once
 * per JVM by {@link ExecutorEngines}), the axes and the solve settings. A point that fails becomes
 * a {@link PointResult#FAILED} row with its reason; it never fails the sweep.
 */
public final class PointEvaluator implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String projectJson;
    private final String projectHash;
    private final String projectSource;
    private final List<Axis> axes;
    private final SolveSettings solve;

    /**
     * @param projectJson    the base project file's text
     * @param projectHash    its hash (the key of the per-JVM parsed copy)
     * @param projectSource  its file name, for messages
     */
    public PointEvaluator(String projectJson, String projectHash, String projectSource, List<Axis> axes, SolveSettings solve) {
        this.projectJson = Objects.requireNonNull(projectJson, "projectJson");
        this.projectHash = Objects.requireNonNull(projectHash, "projectHash");
        this.projectSource = Objects.requireNonNull(projectSource, "projectSource");
        this.axes = List.copyOf(axes);
        this.solve = Objects.requireNonNull(solve, "solve");
    }

    public PointResult evaluate(SweepPoint point) {
        long start = System.nanoTime();
        try {
            Project base = ExecutorEngines.project(projectHash, projectJson, projectSource);
            Project changed = PointChanges.apply(base, point, axes);
            var sizing = ExecutorEngines.sizing(PointChanges.hardwarePrices(point, axes));
            ScenarioPlanner.Planned planned = ScenarioPlanner.solveAndReport(sizing, changed, point.scenario(), solve.options());
            return new PointResult(point, planned.scenario().status().name(), "",
                    planned.scenario().solve().plan().score(), planned.solveSeconds(), seconds(start),
                    PointFigures.of(planned.scenario().report().kpis()));
        } catch (RuntimeException | StackOverflowError ex) {
            String reason = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            return PointResult.failed(point, reason, seconds(start));
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
