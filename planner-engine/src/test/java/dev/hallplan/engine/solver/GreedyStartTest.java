package dev.hallplan.engine.solver;

import static dev.hallplan.engine.solver.TestFacts.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.hallplan.catalog.CoolingType;
import dev.hallplan.catalog.Precision;
import dev.hallplan.engine.facility.HeatLoad;
import dev.hallplan.engine.facility.RackLimit;
import dev.hallplan.engine.facility.RowCooling;
import dev.hallplan.engine.project.Redundancy;
import dev.hallplan.engine.project.IsolationLevel;
import dev.hallplan.engine.solver.domain.DeploymentOption;
import dev.hallplan.engine.solver.domain.HallFact;
import dev.hallplan.engine.solver.domain.HallPlanConstraintConfiguration;
import dev.hallplan.engine.solver.domain.HallPlanSolution;
import dev.hallplan.engine.solver.domain.Placement;
import dev.hallplan.engine.solver.domain.RackFact;
import dev.hallplan.engine.solver.domain.ReplicaSlot;
import dev.hallplan.engine.solver.domain.RowFact;
import dev.hallplan.engine.solver.domain.ServerFact;
import dev.hallplan.engine.solver.domain.WorkloadFact;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GreedyStartTest {
    private final HallFact hall = hall("H1", 10_000_000);
    private final RowFact row = row("A", hall, Double.POSITIVE_INFINITY);
    private final RackFact rackA = rack("A-01", row);
    private final RackFact rackB = rack("A-02", row);
    private final List<ServerFact> servers = List.of(server("a1", rackA), server("a2", rackA), server("b1", rackB));

    private List<Placement> placements(String workloadId, double rps, double watts, int accelerators) {
        List<Placement> out = new ArrayList<>();
        for (ServerFact s : servers) {
            out.add(new Placement(s, option(workloadId, accelerators, rps, watts)));
        }
        return List.copyOf(out);
    }

    private HallPlanSolution solution(List<WorkloadFact> workloads, List<ReplicaSlot> slots) {
        return new HallPlanSolution(List.of(hall), List.of(row), List.of(rackA, rackB), servers, workloads, slots,
                new HallPlanConstraintConfiguration());
    }

    @Test
    void fillsUntilPeakAlternatingRacks() {
        WorkloadFact chat = workload("chat", 40);
        List<Placement> p = placements("chat", 25, 8_000, 8);
        List<ReplicaSlot> slots = List.of(new ReplicaSlot("c1", chat, p), new ReplicaSlot("c2", chat, p), new ReplicaSlot("c3", chat, p));
        GreedyStart.apply(solution(List.of(chat), slots));
        // 40 rps needs two 25 rps replicas; the second avoids rack A-01 of the first
        assertEquals("a1", slots.get(0).server().id());
        assertEquals("b1", slots.get(1).server().id());
        assertNull(slots.get(2).getPlacement());
    }

    @Test
    void keepsLiquidHeatWithinTheRowsCdusAndAirHeatWithinItsCrahs() {
        // a rear-door row: every watt to the 20 kW CDU loop, the 100 kW of CRAHs are no help; 9 kW per replica
        // (1 kW idle when first used + 8 kW) fits twice (18 kW), a third would need 27 kW
        RowFact doors = new RowFact("D", hall, new RowCooling(100_000, 20_000), HeatLoad.NONE);
        RackFact d1 = new RackFact("D-01", doors, new RackLimit(60_000, Double.POSITIVE_INFINITY, 60_000, 60_000),
                Redundancy.TWO_N, null, CoolingType.REAR_DOOR_HX, 0);
        RackFact d2 = new RackFact("D-02", doors, new RackLimit(60_000, Double.POSITIVE_INFINITY, 60_000, 60_000),
                Redundancy.TWO_N, null, CoolingType.REAR_DOOR_HX, 0);
        List<ServerFact> liquid = List.of(new ServerFact("x1", MODEL, d1, 8, 1_000, 1.0, 100_000),
                new ServerFact("x2", MODEL, d2, 8, 1_000, 1.0, 100_000), new ServerFact("x3", MODEL, d1, 8, 1_000, 1.0, 100_000));
        WorkloadFact chat = workload("chat", 75);
        List<Placement> p = liquid.stream().map(sv -> new Placement(sv, option("chat", 8, 25, 8_000))).toList();
        List<ReplicaSlot> slots = List.of(new ReplicaSlot("c1", chat, p), new ReplicaSlot("c2", chat, p), new ReplicaSlot("c3", chat, p));
        GreedyStart.apply(new HallPlanSolution(List.of(hall), List.of(doors), List.of(d1, d2), liquid, List.of(chat), slots,
                new HallPlanConstraintConfiguration()));
        assertEquals(2, slots.stream().filter(ReplicaSlot::isAssigned).count());
    }

    @Test
    void scarceFastServerGoesToTheWorkloadThatGainsMostFromIt() {
        // One fast server (25 rps for either workload) and two slow ones (20 rps for "a", 10 rps for "b"); every
        // replica takes a whole server at 9 kW with $100k capex, so each costs the same and fewer servers win.
        // By capacity per accelerator "a" (first in order) would take the fast server and "b" would need both slow
        // ones: 3 servers. The relaxation prices the fast server's accelerators (the limit binds: 45 of 25 rps
        // asked for), so "a" (loses 20% on slow hardware) goes slow and "b" (loses 60%) goes fast: 2 servers.
        ServerFact fast = new ServerFact("f1", "srv-fast", rackA, 8, 1_000, 100_000);
        ServerFact slow1 = server("s1", rackB);
        ServerFact slow2 = server("s2", rackB);
        WorkloadFact a = workload("a", 20);
        WorkloadFact b = workload("b", 25);
        List<Placement> pa = List.of(new Placement(fast, fastOption("a")), new Placement(slow1, option("a", 8, 20, 8_000)),
                new Placement(slow2, option("a", 8, 20, 8_000)));
        List<Placement> pb = List.of(new Placement(fast, fastOption("b")), new Placement(slow1, option("b", 8, 10, 8_000)),
                new Placement(slow2, option("b", 8, 10, 8_000)));
        List<ReplicaSlot> slots = List.of(new ReplicaSlot("a1", a, pa), new ReplicaSlot("a2", a, pa),
                new ReplicaSlot("b1", b, pb), new ReplicaSlot("b2", b, pb), new ReplicaSlot("b3", b, pb));
        GreedyStart.apply(new HallPlanSolution(List.of(hall), List.of(row), List.of(rackA, rackB), List.of(fast, slow1, slow2),
                List.of(a, b), slots, new HallPlanConstraintConfiguration()));
        assertEquals(List.of("a1 s1", "b1 f1"), slots.stream().filter(ReplicaSlot::isAssigned)
                .map(s -> s.getId() + " " + s.server().id()).toList());
    }

    private static DeploymentOption fastOption(String workloadId) {
        return new DeploymentOption(workloadId, "model-" + workloadId, "srv-fast", 8, Precision.FP8, 8, 64, 25, 8_000, 0.2, true);
    }

    @Test
    void keepsOneReplicaWhenOnlyOneRackHasRoomForMore() {
        WorkloadFact chat = workload("chat", 100);
        // two replicas of 60 req/s would serve the peak, but only rack A's servers are allowed: two
        // replicas in one rack break "Replicas span two racks" (hard), one replica only leaves demand
        // unmet (medium). A generated hall once solved infeasible from such a warm start.
        List<Placement> onlyRackA = placements("chat", 60, 1_000, 8).stream()
                .filter(p -> p.server().rack() == rackA).toList();
        List<ReplicaSlot> slots = List.of(new ReplicaSlot("c1", chat, onlyRackA), new ReplicaSlot("c2", chat, onlyRackA));
        HallPlanSolution solution = solution(List.of(chat), slots);
        GreedyStart.apply(solution);
        assertEquals(List.of("a1"), slots.stream().filter(ReplicaSlot::isAssigned).map(s -> s.server().id()).toList());
        // what was given back is free again: a second workload may take server a2 and rack A's power
        assertNull(slots.get(1).getPlacement());
    }

    @Test
    void neverExceedsTheRackLimit() {
        WorkloadFact chat = workload("chat", 100);
        // each replica adds 30 kW: with 1 kW idle one fits per 40 kW rack, so only two replicas in two racks
        List<Placement> p = placements("chat", 25, 30_000, 8);
        List<ReplicaSlot> slots = List.of(new ReplicaSlot("c1", chat, p), new ReplicaSlot("c2", chat, p), new ReplicaSlot("c3", chat, p));
        GreedyStart.apply(solution(List.of(chat), slots));
        assertEquals(List.of("a1", "b1"), slots.stream().filter(ReplicaSlot::isAssigned).map(s -> s.server().id()).toList());
    }

    @Test
    void keepsOtherTenantsOffADedicatedServer() {
        WorkloadFact bank = new WorkloadFact("bank", "bank", "bank", IsolationLevel.DEDICATED_SERVER, 9, 10_000, 11_000,
                java.util.Set.of(), java.util.Set.of());
        WorkloadFact shop = workload("shop", 10);
        List<ReplicaSlot> slots = List.of(new ReplicaSlot("b1", bank, placements("bank", 10, 1_000, 4)),
                new ReplicaSlot("s1", shop, placements("shop", 10, 1_000, 4)));
        GreedyStart.apply(solution(List.of(bank, shop), slots));
        // bank (priority 9) goes first onto a1; shop may not take a1's free half
        assertEquals("a1", slots.get(0).server().id());
        assertEquals("a2", slots.get(1).server().id());
    }
}
