package dev.hallplan.sweeps.point;

import dev.hallplan.engine.solver.SolveResult;
import dev.hallplan.sweeps.spec.SweepPoint;
import java.io.Serializable;
import java.util.Objects;

/**
 * The result row of one sweep point. A point that could not be planned has status
 * {@link #FAILED}, its reason in {@code error} and no figures.
 *
 * @param status        the solve status (FEASIBLE, FEASIBLE_DEMAND_UNMET, INFEASIBLE) or FAILED
 * @param error         why the point failed; empty otherwise
 * @param score         the solver's score text; empty when failed
 * @param solveSeconds  wall time of the solve (measured)
 * @param pointSeconds  wall time of the whole point: changes, solve, year simulation, TCO, KPIs (measured)
 * @param figures       nullable: absent when failed
 */
public record PointResult(SweepPoint point, String status, String error, String score, double solveSeconds,
        double pointSeconds, PointFigures figures) implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String FAILED = "FAILED";
    public static final String FEASIBLE = SolveResult.Status.FEASIBLE.name();

    public PointResult {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(status, "status");
        error = error == null ? "" : error;
        score = score == null ? "" : score;
        if (FAILED.equals(status) == (figures != null)) {
            throw new IllegalArgumentException("a failed point has no figures, any other has them");
        }
    }

    public static PointResult failed(SweepPoint point, String reason, double pointSeconds) {
        return new PointResult(point, FAILED, reason, "", 0, pointSeconds, null);
    }

    public boolean failed() {
        return figures == null;
    }

    /** True when the plan is feasible and serves all demand (the solver's FEASIBLE status). */
    public boolean feasible() {
        return FEASIBLE.equals(status);
    }
}
