package dev.hallplan.engine.solver;

import dev.hallplan.engine.project.IsolationLevel;
import dev.hallplan.engine.solver.domain.HallFact;
import dev.hallplan.engine.solver.domain.HallPlanSolution;
import dev.hallplan.engine.solver.domain.Placement;
import dev.hallplan.engine.solver.domain.RackFact;
import dev.hallplan.engine.solver.domain.ReplicaSlot;
import dev.hallplan.engine.solver.domain.RowFact;
import dev.hallplan.engine.solver.domain.ServerFact;
import dev.hallplan.engine.solver.domain.WorkloadFact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A first-fit warm start that replaces OptaPlanner's construction heuristic (which scores every
 * placement of every slot). Workloads by priority, highest first; each takes placements in order
 * of soft cost per request with accelerators priced by {@link SoftLowerBound}'s relaxation (so
 * scarce hardware goes to the workloads that gain most from it) until its peak is served, each
 * replica in another rack than the previous one when it can, never breaking accelerator, rack,
 * row, hall or isolation limits.
 * Local search improves from there. Public for the benchmarks only (they time it inside the
 * benchmarker); {@link PlannerService} applies it before every solve.
 */
public final class GreedyStart {
    private final Map<ServerFact, Integer> usedAccelerators = new HashMap<>();
    private final Map<Object, Double> loadWatts = new HashMap<>(); // racks and halls
    private final Map<RowFact, double[]> rowHeatWatts = new HashMap<>(); // {air, liquid}
    private final Map<ServerFact, Set<String>> serverTenants = new HashMap<>();
    private final Map<RackFact, Set<String>> rackTenants = new HashMap<>();
    private final Set<Object> dedicated = new HashSet<>(); // servers and racks held by a dedicated tenant

    private GreedyStart(HallPlanSolution solution) {
        solution.getRacks().forEach(r -> loadWatts.put(r, (double) r.fixedWatts()));
        solution.getRows().forEach(r -> rowHeatWatts.put(r, new double[] {r.fixedHeat().airWatts(), r.fixedHeat().liquidWatts()}));
        solution.getHalls().forEach(h -> loadWatts.put(h, (double) h.baseLoadWatts()));
    }

    /** Assigns placements to the slots of {@code solution} in place; slots it cannot fill stay unassigned. */
    public static void apply(HallPlanSolution solution) {
        GreedyStart g = new GreedyStart(solution);
        SoftLowerBound relaxation = SoftLowerBound.of(solution);
        Map<WorkloadFact, List<ReplicaSlot>> byWorkload = new LinkedHashMap<>();
        solution.getSlots().forEach(s -> byWorkload.computeIfAbsent(s.getWorkload(), w -> new ArrayList<>()).add(s));
        List<WorkloadFact> order = new ArrayList<>(byWorkload.keySet());
        order.sort(Comparator.comparingInt(WorkloadFact::priority).reversed());
        for (WorkloadFact w : order) {
            g.fill(w, byWorkload.get(w), relaxation);
        }
    }

    private void fill(WorkloadFact w, List<ReplicaSlot> slots, SoftLowerBound relaxation) {
        List<Placement> candidates = new ArrayList<>(slots.get(0).getAllowedPlacements());
        // cheapest per request first, accelerators priced where the relaxation found them scarce (stable: servers in order)
        Map<Placement, Double> priced = new HashMap<>();
        candidates.forEach(p -> priced.put(p, relaxation.pricedCostPerMilliRequest(p)));
        candidates.sort(Comparator.comparingDouble(priced::get));
        long served = 0;
        RackFact lastRack = null;
        for (ReplicaSlot slot : slots) {
            if (served >= w.peakMilliRequestsPerSecond()) {
                return;
            }
            Placement p = firstFit(w, candidates, lastRack);
            if (p == null) {
                return;
            }
            place(w, p);
            slot.setPlacement(p);
            served += p.capacityMilliRequestsPerSecond();
            lastRack = p.server().rack();
        }
    }

    private Placement firstFit(WorkloadFact w, List<Placement> candidates, RackFact avoid) {
        Placement fallback = null;
        for (Placement p : candidates) {
            if (fits(w, p)) {
                if (p.server().rack() != avoid) {
                    return p;
                }
                if (fallback == null) {
                    fallback = p;
                }
            }
        }
        return fallback;
    }

    private boolean fits(WorkloadFact w, Placement p) {
        ServerFact s = p.server();
        RackFact rack = s.rack();
        if (usedAccelerators.getOrDefault(s, 0) + p.option().acceleratorsPerReplica() > s.acceleratorCount()) {
            return false;
        }
        if (!isolationAllows(w, s, serverTenants.get(s), IsolationLevel.DEDICATED_SERVER)
                || !isolationAllows(w, rack, rackTenants.get(rack), IsolationLevel.DEDICATED_RACK)) {
            return false;
        }
        double delta = delta(s, p);
        RowFact row = rack.row();
        HallFact hall = rack.hall();
        double[] rowHeat = rowHeatWatts.get(row);
        return loadWatts.get(rack) + delta <= rack.loadLimitWatts()
                && rowHeat[0] + delta * (1 - s.liquidShare()) <= row.cooling().airWatts()
                && rowHeat[1] + delta * s.liquidShare() <= row.cooling().liquidWatts()
                && loadWatts.get(hall) + delta <= hall.itPowerLimitWatts();
    }

    /** What placing {@code p} adds to its server's draw: its active power, and the server's idle power when first used. */
    private double delta(ServerFact s, Placement p) {
        return p.activePowerWatts() + (usedAccelerators.containsKey(s) ? 0 : s.idleWattsWhenUsed());
    }

    private boolean isolationAllows(WorkloadFact w, Object place, Set<String> tenants, IsolationLevel level) {
        if (tenants == null || tenants.equals(Set.of(w.tenant()))) {
            return true;
        }
        return w.isolation() != level && !dedicated.contains(place);
    }

    private void place(WorkloadFact w, Placement p) {
        ServerFact s = p.server();
        RackFact rack = s.rack();
        double delta = delta(s, p);
        usedAccelerators.merge(s, p.option().acceleratorsPerReplica(), Integer::sum);
        loadWatts.merge(rack, delta, Double::sum);
        double[] rowHeat = rowHeatWatts.get(rack.row());
        rowHeat[0] += delta * (1 - s.liquidShare());
        rowHeat[1] += delta * s.liquidShare();
        loadWatts.merge(rack.hall(), delta, Double::sum);
        serverTenants.computeIfAbsent(s, k -> new HashSet<>()).add(w.tenant());
        rackTenants.computeIfAbsent(rack, k -> new HashSet<>()).add(w.tenant());
        if (w.isolation() == IsolationLevel.DEDICATED_SERVER) {
            dedicated.add(s);
        }
        if (w.isolation() == IsolationLevel.DEDICATED_RACK) {
            dedicated.add(rack);
        }
    }
}
