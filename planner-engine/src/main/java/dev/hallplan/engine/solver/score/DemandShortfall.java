package dev.hallplan.engine.solver.score;

import dev.hallplan.engine.solver.domain.WorkloadFact;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** A workload whose placed replicas serve less than its peak demand. */
public record DemandShortfall(WorkloadFact workload, long servedMilliRequestsPerSecond) implements ConstraintJustification {

    /** The unmet share of peak demand (0..1). */
    public double unmetShare() {
        double peak = workload.peakMilliRequestsPerSecond();
        return Math.max(0, peak - servedMilliRequestsPerSecond) / peak;
    }
}
