package dev.hallplan.engine.solver.domain;

import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * A possible replica of a workload. Unassigned ({@code placement == null}) means the replica is not
 * deployed; the solver makes enough slots per workload to cover its peak demand with headroom.
 */
@PlanningEntity
public class ReplicaSlot {

    @PlanningId
    private String id;
    private WorkloadFact workload;
    /** The placements this workload may use (shared by all its slots; region, compliance and RTT already filtered). */
    private List<Placement> allowedPlacements;

    @PlanningVariable(valueRangeProviderRefs = "allowedPlacements", nullable = true)
    private Placement placement;

    /** For OptaPlanner's cloning. */
    public ReplicaSlot() {
    }

    public ReplicaSlot(String id, WorkloadFact workload, List<Placement> allowedPlacements) {
        this(id, workload, allowedPlacements, null);
    }

    /** A slot with a placement already chosen (tests, hand-made plans); {@code placement} nullable. */
    public ReplicaSlot(String id, WorkloadFact workload, List<Placement> allowedPlacements, Placement placement) {
        this.id = id;
        this.workload = workload;
        this.allowedPlacements = List.copyOf(allowedPlacements); // no copy when already immutable: slots share it
        this.placement = placement;
    }

    @ValueRangeProvider(id = "allowedPlacements")
    public List<Placement> getAllowedPlacements() {
        return allowedPlacements;
    }

    public String getId() {
        return id;
    }

    public WorkloadFact getWorkload() {
        return workload;
    }

    /** Nullable: not deployed. */
    public Placement getPlacement() {
        return placement;
    }

    public void setPlacement(Placement placement) {
        this.placement = placement;
    }

    public boolean isAssigned() {
        return placement != null;
    }

    /** Nullable: not deployed. */
    public ServerFact server() {
        return placement == null ? null : placement.server();
    }

    /** Nullable: not deployed. */
    public RackFact rack() {
        return placement == null ? null : placement.server().rack();
    }

    /** Capacity served, 0 when not deployed. */
    public long capacityMilliRequestsPerSecond() {
        return placement == null ? 0 : placement.capacityMilliRequestsPerSecond();
    }

    public long activePowerWatts() {
        return placement == null ? 0 : placement.activePowerWatts();
    }

    public int accelerators() {
        return placement == null ? 0 : placement.option().acceleratorsPerReplica();
    }

    @Override
    public String toString() {
        return id + (placement == null ? " (unassigned)" : " on " + placement.server().id());
    }
}
