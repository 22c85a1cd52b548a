package dev.hallplan.engine.solver.domain;

import dev.hallplan.engine.project.IsolationLevel;
import java.util.Set;

/**
 * A workload as the solver sees it. Demands are in milli-requests per second so that score sums
 * stay exact in {@code long}.
 *
 * @param peakMilliRequestsPerSecond     peak demand
 * @param targetMilliRequestsPerSecond   peak demand plus the target headroom; capacity beyond it
 *                                       is over-provisioning
 * @param allowedRegions                 country codes or sovereign zones; empty means anywhere
 * @param hasPreference                  true: the workload names a preferred operating option, and
 *                                       replicas on any other option cost {@code PREFERRED_OPTION}
 */
public record WorkloadFact(
        String id,
        String name,
        String tenant,
        IsolationLevel isolation,
        int priority,
        long peakMilliRequestsPerSecond,
        long targetMilliRequestsPerSecond,
        Set<String> allowedRegions,
        Set<String> requiredCompliance,
        boolean hasPreference) {

    public WorkloadFact {
        if (id == null || tenant == null || isolation == null) {
            throw new IllegalArgumentException("workload fact needs id, tenant and isolation");
        }
        name = name == null ? id : name;
        if (priority < 1 || peakMilliRequestsPerSecond <= 0 || targetMilliRequestsPerSecond < peakMilliRequestsPerSecond) {
            throw new IllegalArgumentException("workload " + id + ": priority 1+, positive peak, target not below peak");
        }
        allowedRegions = allowedRegions == null ? Set.of() : Set.copyOf(allowedRegions);
        requiredCompliance = requiredCompliance == null ? Set.of() : Set.copyOf(requiredCompliance);
    }

    /** A workload without a preferred operating option. */
    public WorkloadFact(String id, String name, String tenant, IsolationLevel isolation, int priority,
                        long peakMilliRequestsPerSecond, long targetMilliRequestsPerSecond, Set<String> allowedRegions,
                        Set<String> requiredCompliance) {
        this(id, name, tenant, isolation, priority, peakMilliRequestsPerSecond, targetMilliRequestsPerSecond, allowedRegions,
                requiredCompliance, false);
    }

    /** True when {@code hall} is in an allowed region and satisfies every required regime. */
    public boolean mayRunIn(HallFact hall) {
        boolean regionOk = allowedRegions.isEmpty() || allowedRegions.stream().anyMatch(hall.region()::matches);
        return regionOk && hall.compliance().containsAll(requiredCompliance);
    }

    /** Identity is the id. */
    @Override
    public boolean equals(Object o) {
        return o instanceof WorkloadFact w && id.equals(w.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
