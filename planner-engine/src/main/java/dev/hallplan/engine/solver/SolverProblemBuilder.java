package dev.hallplan.engine.solver;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.LatencySlo;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.Workload;
import dev.hallplan.engine.solver.domain.DeploymentOption;
import dev.hallplan.engine.solver.domain.HallPlanConstraintConfiguration;
import dev.hallplan.engine.solver.domain.HallPlanSolution;
import dev.hallplan.engine.solver.domain.Placement;
import dev.hallplan.engine.solver.domain.ReplicaSlot;
import dev.hallplan.engine.solver.domain.ServerFact;
import dev.hallplan.engine.solver.domain.WorkloadFact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a scenario into a {@link SolverProblem}: facts from the project and catalog, operating
 * points from the {@link DeploymentOptionSource}, and per workload enough slots to cover its peak
 * demand plus headroom (see docs/solver.md for the slot count).
 */
public final class SolverProblemBuilder {
    private final Catalog catalog;
    private final DeploymentOptionSource options;
    private final SupplyOutlookSource supply;

    public SolverProblemBuilder(Catalog catalog, DeploymentOptionSource options, SupplyOutlookSource supply) {
        this.catalog = catalog;
        this.options = options;
        this.supply = supply;
    }

    /** The problem for {@code scenario}; throws {@link IllegalArgumentException} on broken input. */
    public SolverProblem build(Scenario scenario) {
        HardwareFacts hw = new HardwareFacts(scenario, catalog, supply);
        double headroom = scenario.simulation().targetHeadroom();
        List<WorkloadFact> workloads = new ArrayList<>();
        List<ReplicaSlot> slots = new ArrayList<>();
        List<String> edge = new ArrayList<>();
        List<String> withoutHardware = new ArrayList<>();
        Map<String, List<Placement>> allowed = new HashMap<>();
        for (Workload w : scenario.workloads()) {
            long peak = Math.round(w.demand().peakRequestsPerSecond() * 1000);
            WorkloadFact fact = new WorkloadFact(w.id(), w.name(), w.tenant(), w.isolation(), w.priority(), Math.max(1, peak),
                    Math.max(1, Math.round(peak * (1 + headroom))), w.allowedRegions(), w.requiredCompliance());
            workloads.add(fact);
            Map<String, List<DeploymentOption>> byModel = optionsByServerModel(w, hw);
            List<Placement> placements = new ArrayList<>();
            boolean anyIgnoringRtt = false;
            for (ServerFact server : hw.servers) {
                if (!fact.mayRunIn(server.hall())) {
                    continue;
                }
                Hall hall = hw.projectHalls.get(server.hall().id());
                for (DeploymentOption o : byModel.getOrDefault(server.modelId(), List.of())) {
                    anyIgnoringRtt = true;
                    if (meetsLatencyFrom(w, hall, o)) {
                        placements.add(new Placement(server, o));
                    }
                }
            }
            if (placements.isEmpty()) {
                (anyIgnoringRtt ? edge : withoutHardware).add(w.id());
            }
            int n = placements.isEmpty() ? 0 : slotCount(fact, placements);
            List<Placement> shared = List.copyOf(placements); // one immutable list for all the workload's slots
            allowed.put(w.id(), shared);
            for (int k = 1; k <= n; k++) {
                slots.add(new ReplicaSlot(w.id() + "#" + k, fact, shared));
            }
        }
        HallPlanConstraintConfiguration weights = HallPlanConstraintConfiguration.withMultipliers(scenario.constraintWeights());
        HallPlanSolution solution = new HallPlanSolution(hw.halls, hw.rows, hw.racks, hw.servers, workloads, slots, weights);
        return new SolverProblem(solution, edge, withoutHardware, allowed);
    }

    private Map<String, List<DeploymentOption>> optionsByServerModel(Workload w, HardwareFacts hw) {
        Map<String, List<DeploymentOption>> byModel = new HashMap<>();
        for (ServerModel model : hw.serverModels.values()) {
            List<DeploymentOption> valid = new ArrayList<>();
            for (DeploymentOption o : options.optionsFor(w, model)) {
                check(w, model, o);
                if (o.meetsSlo()) {
                    valid.add(o);
                }
            }
            byModel.put(model.id(), valid);
        }
        return byModel;
    }

    private static void check(Workload w, ServerModel model, DeploymentOption o) {
        String where = "deployment option " + o.label() + " for workload " + w.id() + " on " + model.id();
        if (!o.workloadId().equals(w.id()) || !o.serverModelId().equals(model.id())) {
            throw new IllegalArgumentException(where + ": names workload " + o.workloadId() + " and server " + o.serverModelId());
        }
        if (!o.modelId().equals(w.modelId()) && !w.substituteModelIds().contains(o.modelId())) {
            throw new IllegalArgumentException(where + ": model " + o.modelId() + " is neither the workload's nor a listed substitute");
        }
        if (o.acceleratorsPerReplica() > model.acceleratorCount()) {
            throw new IllegalArgumentException(where + ": needs " + o.acceleratorsPerReplica() + " accelerators, the server has "
                    + model.acceleratorCount());
        }
    }

    /** First-response latency plus the hall's RTT to the workload's users within the SLO. */
    static boolean meetsLatencyFrom(Workload w, Hall hall, DeploymentOption o) {
        if (w.userRegion().isEmpty()) {
            return true;
        }
        Double rtt = hall.userRttSeconds().get(w.userRegion());
        if (rtt == null) {
            return false;
        }
        LatencySlo slo = w.slo();
        double limit = slo.ttftSeconds() > 0 ? slo.ttftSeconds() : slo.queryLatencySeconds();
        return limit <= 0 || o.latencySeconds() + rtt <= limit;
    }

    /**
     * Slots for a workload: enough replicas of its smallest option to reach peak plus headroom,
     * but no more than four times what its largest option needs, plus one spare. A workload
     * without any placement gets no slot (a slot that can only stay empty stalls local search);
     * the constraint {@code ConstraintNames.UNSERVABLE_DEMAND} counts its demand instead.
     */
    static int slotCount(WorkloadFact w, List<Placement> placements) {
        if (placements.isEmpty()) {
            throw new IllegalArgumentException("workload " + w.id() + " has no placement to size slots by");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (Placement p : placements) {
            min = Math.min(min, p.capacityMilliRequestsPerSecond());
            max = Math.max(max, p.capacityMilliRequestsPerSecond());
        }
        double target = w.targetMilliRequestsPerSecond();
        long bySmallest = (long) Math.ceil(target / Math.max(1, min));
        long byLargest = (long) Math.ceil(target / Math.max(1, max));
        return (int) Math.min(Integer.MAX_VALUE - 1, Math.min(bySmallest, 4 * byLargest)) + 1;
    }
}
