package dev.hallplan.engine.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.Plan;
import dev.hallplan.engine.project.ReplicaPlacement;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.SimulationSettings;
import dev.hallplan.engine.project.Workload;
import dev.hallplan.engine.supply.HourlyProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link PlanLoadModel} (grid look-up, one fused pass per workload, profiles evaluated once per
 * stored value) against the documented rule written out plainly, hour by hour, on random plans.
 */
class PlanLoadModelReferenceTest {
    private static final int[] PROFILE_LENGTHS = {1, 24, 168, 8760};

    /** Capacity, active and idle power of every replica, by replica id. */
    private record Figures(double capacity, double active, double idle) {
    }

    private static ReplicaPerformance performance(Map<String, Figures> figures) {
        return new ReplicaPerformance() {
            @Override
            public double capacityRequestsPerSecond(ReplicaPlacement r) {
                return figures.get(r.id()).capacity();
            }

            @Override
            public double activePowerWatts(ReplicaPlacement r) {
                return figures.get(r.id()).active();
            }

            @Override
            public double idlePowerWatts(ReplicaPlacement r) {
                return figures.get(r.id()).idle();
            }
        };
    }

    /** docs/energy-model.md, "IT load from a plan", evaluated for every hour of the year. */
    private static HallItLoad plainRule(Scenario s, Hall hall, Catalog catalog, ReplicaPerformance p) {
        boolean powerDown = s.simulation().powerDownIdleReplicas();
        Plan plan = s.planned().orElseThrow();
        double[] firm = new double[8760];
        double[] deferrable = new double[8760];
        double[] spare = new double[8760];
        double served = 0;
        double unserved = 0;
        double tokens = 0;
        for (Workload w : s.workloads()) {
            List<ReplicaPlacement> here = new ArrayList<>();
            double total = 0;
            for (ReplicaPlacement r : plan.replicas()) {
                if (r.workloadId().equals(w.id())) {
                    total += p.capacityRequestsPerSecond(r);
                    if (r.hallId().equals(hall.id())) {
                        here.add(r);
                    }
                }
            }
            double capHere = here.stream().mapToDouble(p::capacityRequestsPerSecond).sum();
            if (here.isEmpty()) {
                continue;
            }
            double shareS = w.deferrableShare();
            for (int h = 0; h < 8760; h++) {
                double asked = w.demand().requestsPerSecondAt(h) * capHere / total;
                double x = Math.min(asked, capHere);
                double all = PlainFillRule.powerWatts(here, p, powerDown, x);
                double firmPart = PlainFillRule.powerWatts(here, p, powerDown, (1 - shareS) * x);
                firm[h] += shareS > 0 ? firmPart : all;
                if (shareS > 0) {
                    deferrable[h] += all - firmPart;
                    spare[h] += PlainFillRule.powerWatts(here, p, powerDown, capHere) - all;
                }
                served += x * 3600;
                unserved += (asked - x) * 3600;
                tokens += x * 3600 * w.requestShape().outputTokens();
            }
        }
        double fixed = PlanLoadModel.fixedEquipmentWatts(hall, plan, catalog, powerDown);
        for (int h = 0; h < 8760; h++) {
            firm[h] += fixed;
        }
        return new HallItLoad(firm, deferrable, spare, served, unserved, tokens);
    }

    /**
     * Two halls, up to 8 workloads with profiles of every stored length (shares of exactly 0 and 1
     * included, peaks above capacity so some hours saturate), 1..7 replicas each spread over both
     * halls, with mixed figures or (one workload in three) identical ones for the closed form.
     */
    private static void checkSeed(long seed) {
        Random random = new Random(seed);
        boolean powerDown = random.nextBoolean();
        Map<String, Figures> figures = new HashMap<>();
        List<Workload> workloads = new ArrayList<>();
        List<ReplicaPlacement> replicas = new ArrayList<>();
        List<List<MountedEquipment>> mounted = List.of(new ArrayList<>(), new ArrayList<>());
        int workloadCount = 1 + random.nextInt(8);
        for (int w = 0; w < workloadCount; w++) {
            double[] share = new double[PROFILE_LENGTHS[random.nextInt(PROFILE_LENGTHS.length)]];
            for (int j = 0; j < share.length; j++) {
                double u = random.nextDouble();
                share[j] = u < 0.05 ? 0 : u > 0.95 ? 1 : u;
            }
            double[] deferrableShares = {0, 0.2, random.nextDouble(), 1};
            String id = "w" + w;
            workloads.add(TestHalls.workload(id, 1 + random.nextDouble() * 200, HourlyProfile.of(share),
                    deferrableShares[random.nextInt(deferrableShares.length)]));
            boolean identical = random.nextInt(3) == 0;
            Figures same = new Figures(1 + random.nextDouble() * 30, 2_000 + random.nextDouble() * 8_000, 0);
            same = new Figures(same.capacity(), same.active(), same.active() * random.nextDouble() * 0.5);
            int count = 1 + random.nextInt(7);
            for (int r = 0; r < count; r++) {
                String replicaId = id + "-r" + r;
                String hallId = "h" + (1 + random.nextInt(2));
                String serverId = replicaId + "-srv";
                double active = 500 + random.nextDouble() * 9_500;
                figures.put(replicaId, identical ? same
                        : new Figures(0.5 + random.nextDouble() * 40, active, active * random.nextDouble() * 0.6));
                replicas.add(TestHalls.replica(replicaId, id, hallId, serverId));
                mounted.get(hallId.equals("h1") ? 0 : 1).add(new MountedEquipment(serverId, "srv", 1));
            }
        }
        // an unused server and a switch: fixed load on top of the replicas
        mounted.get(0).add(new MountedEquipment("spare-srv", "srv", 1));
        mounted.get(0).add(new MountedEquipment("switch", "sw", 40));
        List<Hall> halls = List.of(
                TestHalls.hall("h1", TestHalls.gridOnly(1e9), List.of(TestHalls.rack("r1", mounted.get(0)))),
                TestHalls.hall("h2", TestHalls.gridOnly(1e9), List.of(TestHalls.rack("r2", mounted.get(1)))));
        Scenario scenario = new Scenario("s", null, halls, workloads, new Plan("manual", "", replicas),
                new SimulationSettings(powerDown, true, 0.1), null, null);
        ReplicaPerformance perf = performance(figures);
        Catalog catalog = TestHalls.catalog();
        for (Hall hall : halls) {
            HallItLoad fast = PlanLoadModel.forHall(scenario, hall, catalog, perf);
            HallItLoad plain = plainRule(scenario, hall, catalog, perf);
            String where = "seed " + seed + ", hall " + hall.id() + ", powerDown " + powerDown;
            for (int h = 0; h < 8760; h++) {
                // relative to the hall's hourly load: a deferrable part may be a small difference
                double scale = 1e-9 * (1 + plain.firmWatts()[h] + plain.deferrableWatts()[h] + plain.spareWatts()[h]);
                assertEquals(plain.firmWatts()[h], fast.firmWatts()[h], scale, where + ", firm, hour " + h);
                assertEquals(plain.deferrableWatts()[h], fast.deferrableWatts()[h], scale, where + ", deferrable, hour " + h);
                assertEquals(plain.spareWatts()[h], fast.spareWatts()[h], scale, where + ", spare, hour " + h);
            }
            assertEquals(plain.servedRequests(), fast.servedRequests(), 1e-9 * (1 + plain.servedRequests()), where);
            assertEquals(plain.unservedRequests(), fast.unservedRequests(),
                    1e-9 * (1 + plain.servedRequests() + plain.unservedRequests()), where);
            assertEquals(plain.outputTokens(), fast.outputTokens(), 1e-9 * (1 + plain.outputTokens()), where);
        }
    }

    @Test
    void fastLoadModelMatchesThePlainRuleOnRandomPlans() {
        for (long seed = 1; seed <= 12; seed++) {
            checkSeed(seed);
        }
    }
}
