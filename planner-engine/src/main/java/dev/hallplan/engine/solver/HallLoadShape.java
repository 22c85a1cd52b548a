package dev.hallplan.engine.solver;

import dev.hallplan.engine.energy.YearCalendar;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.Workload;
import java.util.Arrays;

/**
 * How busy a hall can be in each hour of the year, as a share of its planned full load above
 * its fixed load (docs/solver.md, "Hall limit"): the largest share of peak demand of any of the
 * scenario's workloads in that hour, at most 1. Replicas that serve their
 * workload's demand run at most at that share of their capacity. When idle servers are powered
 * down a used server's idle power does not follow demand, so the shape is 1 in every hour.
 */
final class HallLoadShape {
    private HallLoadShape() {
    }

    /** 8760 shares (0..1) for {@code scenario}'s halls. */
    static double[] of(Scenario scenario) {
        double[] shape = new double[YearCalendar.HOURS_PER_YEAR];
        if (scenario.simulation().powerDownIdleReplicas() || scenario.workloads().isEmpty()) {
            Arrays.fill(shape, 1);
            return shape;
        }
        for (Workload w : scenario.workloads()) {
            for (int h = 0; h < shape.length; h++) {
                shape[h] = Math.max(shape[h], Math.min(1, w.demand().shareOfPeak().at(h)));
            }
        }
        return shape;
    }
}
