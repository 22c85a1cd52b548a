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
 * row, hall or isolation limits, nor the rule that two or more replicas of a workload span two
 * racks (when only one rack has room, the workload keeps one replica and local search goes on).
 * A workload naming a preferred operating option takes its placements on that option first.
 * Local search improves from there. Public for the benchmarks only (they time it inside the
 * benchmarker); {@link PlannerService} applies it before every solve.
 */
public final class GreedyStart {
    private final Map<ServerFact, Integer> usedAccelerators = new HashMap<>();
    private final Map<Object, Double> loadWatts = new HashMap<>(); // racks and halls
    private final Map<RowFact, double[]> rowHeatWatts = new HashMap<>(); // {air, liquid}
    private final Map<ServerFact, Map<String, Integer>> serverTenants = new HashMap<>(); // replicas per tenant
    private final Map<RackFact, Map<String, Integer>> rackTenants = new HashMap<>();
    private final Map<Object, Integer> dedicated = new HashMap<>(); // dedicated replicas on servers and racks

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
        // a workload's preferred operating option first (constraint PREFERRED_OPTION), then by price
        candidates.sort(Comparator.<Placement, Boolean>comparing(p -> !(w.hasPreference() && p.option().preferred()))
                .thenComparingDouble(priced::get));
        long served = 0;
        RackFact lastRack = null;
        List<ReplicaSlot> filled = new ArrayList<>();
        for (ReplicaSlot slot : slots) {
            if (served >= w.peakMilliRequestsPerSecond()) {
                break;
            }
            Placement p = firstFit(w, candidates, lastRack);
            if (p == null) {
                break;
            }
            place(w, p, +1);
            slot.setPlacement(p);
            filled.add(slot);
            served += p.capacityMilliRequestsPerSecond();
            lastRack = p.server().rack();
        }
        if (filled.size() >= 2 && filled.stream().allMatch(s -> s.getPlacement().server().rack() == filled.get(0).getPlacement().server().rack())) {
            // all in one rack breaks "Replicas span two racks" (hard): keep the first, give the rest back
            for (ReplicaSlot s : filled.subList(1, filled.size())) {
                place(w, s.getPlacement(), -1);
                s.setPlacement(null);
            }
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

    private boolean isolationAllows(WorkloadFact w, Object place, Map<String, Integer> tenants, IsolationLevel level) {
        if (tenants == null || tenants.isEmpty() || tenants.keySet().equals(Set.of(w.tenant()))) {
            return true;
        }
        return w.isolation() != level && !dedicated.containsKey(place);
    }

    /** Adds ({@code sign} +1) or takes back (-1) placement {@code p} of {@code w} in the running totals. */
    private void place(WorkloadFact w, Placement p, int sign) {
        ServerFact s = p.server();
        RackFact rack = s.rack();
        if (sign < 0) {
            usedAccelerators.merge(s, -p.option().acceleratorsPerReplica(), Integer::sum);
            if (usedAccelerators.get(s) == 0) {
                usedAccelerators.remove(s); // the server's idle power goes with its last replica (delta sees it unused)
            }
        }
        double delta = sign * delta(s, p);
        if (sign > 0) {
            usedAccelerators.merge(s, p.option().acceleratorsPerReplica(), Integer::sum);
        }
        loadWatts.merge(rack, delta, Double::sum);
        double[] rowHeat = rowHeatWatts.get(rack.row());
        rowHeat[0] += delta * (1 - s.liquidShare());
        rowHeat[1] += delta * s.liquidShare();
        loadWatts.merge(rack.hall(), delta, Double::sum);
        count(serverTenants.computeIfAbsent(s, k -> new HashMap<>()), w.tenant(), sign);
        count(rackTenants.computeIfAbsent(rack, k -> new HashMap<>()), w.tenant(), sign);
        if (w.isolation() == IsolationLevel.DEDICATED_SERVER) {
            count(dedicated, s, sign);
        }
        if (w.isolation() == IsolationLevel.DEDICATED_RACK) {
            count(dedicated, rack, sign);
        }
    }

    private static <K> void count(Map<K, Integer> counts, K key, int sign) {
        if (counts.merge(key, sign, Integer::sum) == 0) {
            counts.remove(key);
        }
    }
}
