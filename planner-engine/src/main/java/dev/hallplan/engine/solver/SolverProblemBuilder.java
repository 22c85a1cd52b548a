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
 * demand plus headroom, never more than its allowed hardware can hold (see docs/solver.md for the
 * slot count). A problem beyond {@link #MAX_SLOTS} slots or {@link #MAX_PLACEMENTS} placements is
 * refused with {@link ProblemTooLargeException} before it is built.
 */
public final class SolverProblemBuilder {
    /** Replica slots the solver builds at most: four times the generated L hall's 74,525 (docs/solver.md). */
    public static final int MAX_SLOTS = 300_000;
    /** Allowed placements (server x operating point) over all workloads at most, about four times the L hall's. */
    public static final long MAX_PLACEMENTS = 20_000_000;

    private final Catalog catalog;
    private final DeploymentOptionSource options;
    private final SupplyOutlookSource supply;
    private final int maxSlots;
    private final long maxPlacements;

    public SolverProblemBuilder(Catalog catalog, DeploymentOptionSource options, SupplyOutlookSource supply) {
        this(catalog, options, supply, MAX_SLOTS, MAX_PLACEMENTS);
    }

    SolverProblemBuilder(Catalog catalog, DeploymentOptionSource options, SupplyOutlookSource supply, int maxSlots, long maxPlacements) {
        this.catalog = catalog;
        this.options = options;
        this.supply = supply;
        this.maxSlots = maxSlots;
        this.maxPlacements = maxPlacements;
    }

    /** The problem for {@code scenario}; throws {@link IllegalArgumentException} on broken input. */
    public SolverProblem build(Scenario scenario) {
        return build(scenario, Deadline.NONE);
    }

    /** Like {@link #build(Scenario)}, refusing with {@link ProblemTooLargeException} once {@code deadline} passes. */
    SolverProblem build(Scenario scenario, Deadline deadline) {
        HardwareFacts hw = new HardwareFacts(scenario, catalog, supply);
        long placementCount = 0;
        double headroom = scenario.simulation().targetHeadroom();
        List<WorkloadFact> workloads = new ArrayList<>();
        List<ReplicaSlot> slots = new ArrayList<>();
        List<String> edge = new ArrayList<>();
        List<String> withoutHardware = new ArrayList<>();
        Map<String, List<Placement>> allowed = new HashMap<>();
        for (Workload w : scenario.workloads()) {
            long peak = Math.round(w.demand().peakRequestsPerSecond() * 1000);
            WorkloadFact fact = new WorkloadFact(w.id(), w.name(), w.tenant(), w.isolation(), w.priority(), Math.max(1, peak),
                    Math.max(1, Math.round(peak * (1 + headroom))), w.allowedRegions(), w.requiredCompliance(), w.preferred() != null);
            workloads.add(fact);
            Map<String, List<DeploymentOption>> byModel = optionsByServerModel(w, hw, deadline, workloads.size() - 1, scenario);
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
                if (placementCount + placements.size() > maxPlacements) {
                    throw new ProblemTooLargeException("the problem needs more than " + maxPlacements + " placements (server x operating "
                            + "point) for its " + scenario.workloads().size() + " workloads on " + hw.servers.size() + " servers; the "
                            + "solver builds at most " + maxPlacements + ": split the halls over scenarios or narrow the workloads' regions");
                }
            }
            placementCount += placements.size();
            if (placements.isEmpty()) {
                (anyIgnoringRtt ? edge : withoutHardware).add(w.id());
            }
            int n = placements.isEmpty() ? 0 : slotCount(fact, placements);
            if (slots.size() + (long) n > maxSlots) {
                throw new ProblemTooLargeException("the problem needs more than " + maxSlots + " replica slots (workload '" + w.id()
                        + "' alone " + n + " for " + w.demand().peakRequestsPerSecond() + " requests/s at peak); the solver builds at most "
                        + maxSlots + " in memory: lower peakRequestsPerSecond, or split the workloads or halls over scenarios");
            }
            List<Placement> shared = List.copyOf(placements); // one immutable list for all the workload's slots
            allowed.put(w.id(), shared);
            for (int k = 1; k <= n; k++) {
                slots.add(new ReplicaSlot(w.id() + "#" + k, fact, shared));
            }
        }
        HallPlanConstraintConfiguration weights = HallPlanConstraintConfiguration.withMultipliers(scenario.constraintWeights());
        HallPlanSolution solution = new HallPlanSolution(hw.halls, hw.rows, hw.racks, hw.servers, workloads, hw.fixedOverloads, slots,
                weights);
        return new SolverProblem(solution, edge, withoutHardware, allowed);
    }

    private Map<String, List<DeploymentOption>> optionsByServerModel(Workload w, HardwareFacts hw, Deadline deadline, int sized,
                                                                      Scenario scenario) {
        Map<String, List<DeploymentOption>> byModel = new HashMap<>();
        for (ServerModel model : hw.serverModels.values()) {
            deadline.checkWhileBuilding(sized + " of " + scenario.workloads().size() + " workloads sized");
            List<DeploymentOption> valid = new ArrayList<>();
            for (DeploymentOption o : options.optionsFor(w, model)) {
                check(w, model, o);
                if (o.meetsSlo()) {
                    valid.add(o.withPreferred(w.preferred() != null && w.preferred().matches(model, o.precision(), o.tensorParallel())));
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
     * but no more than four times what its largest option needs, nor more than its allowed servers
     * can hold (more could never be placed: demand beyond is unmet all the same), plus one spare.
     * A workload without any placement gets no slot (a slot that can only stay empty stalls local
     * search); the constraint {@code ConstraintNames.UNSERVABLE_DEMAND} counts its demand instead.
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
        long byHardware = replicasTheServersHold(placements);
        return (int) Math.min(Integer.MAX_VALUE - 1, Math.min(Math.min(bySmallest, 4 * byLargest), byHardware)) + 1;
    }

    /** The most replicas {@code placements}' servers hold at once: per server, its accelerators over the smallest option's. */
    private static long replicasTheServersHold(List<Placement> placements) {
        Map<ServerFact, Integer> smallest = new HashMap<>();
        for (Placement p : placements) {
            smallest.merge(p.server(), p.option().acceleratorsPerReplica(), Math::min);
        }
        long replicas = 0;
        for (Map.Entry<ServerFact, Integer> e : smallest.entrySet()) {
            replicas += e.getKey().acceleratorCount() / Math.max(1, e.getValue());
        }
        return replicas;
    }
}
