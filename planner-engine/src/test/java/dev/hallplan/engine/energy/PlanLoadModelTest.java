package dev.hallplan.engine.energy;

import static dev.hallplan.engine.energy.TestHalls.catalog;
import static dev.hallplan.engine.energy.TestHalls.gridOnly;
import static dev.hallplan.engine.energy.TestHalls.hall;
import static dev.hallplan.engine.energy.TestHalls.rack;
import static dev.hallplan.engine.energy.TestHalls.replica;
import static dev.hallplan.engine.energy.TestHalls.uniformPerformance;
import static dev.hallplan.engine.energy.TestHalls.workload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.Plan;
import dev.hallplan.engine.project.ReplicaPlacement;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.SimulationSettings;
import dev.hallplan.engine.project.Workload;
import dev.hallplan.engine.supply.HourlyProfile;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanLoadModelTest {
    private static final double EPS = 1e-9;
    private static final double YEAR_SECONDS = 8760 * 3600.0;

    /** Two hosting servers, each running one replica of 10 req/s, 1000 W active, 200 W idle. */
    private static Hall twoServerHall(List<MountedEquipment> extra) {
        List<MountedEquipment> equipment = new java.util.ArrayList<>(List.of(
                new MountedEquipment("s1", "srv", 1), new MountedEquipment("s2", "srv", 9)));
        equipment.addAll(extra);
        return hall("h1", gridOnly(1e6), List.of(rack("r1", equipment)));
    }

    private static Scenario scenario(Hall hall, Workload w, boolean powerDown, List<ReplicaPlacement> replicas) {
        return new Scenario("s", null, List.of(hall), List.of(w), new Plan("manual", "", replicas),
                new SimulationSettings(powerDown, true, 0.1), null, null);
    }

    private static List<ReplicaPlacement> twoReplicas() {
        return List.of(replica("a", "w", "h1", "s1"), replica("b", "w", "h1", "s2"));
    }

    /** Full demand (15 req/s) for hours 0..11 of each day, a third (5 req/s) for 12..23. */
    private static HourlyProfile halfDayPeak() {
        double[] day = new double[24];
        Arrays.fill(day, 0, 12, 1.0);
        Arrays.fill(day, 12, 24, 1.0 / 3);
        return HourlyProfile.of(day);
    }

    @Test
    void activeReplicasFollowDemandAndTheRestIdle() {
        Hall hall = twoServerHall(List.of());
        HallItLoad load = PlanLoadModel.forHall(scenario(hall, workload("w", 15, halfDayPeak(), 0), false, twoReplicas()),
                hall, catalog(), uniformPerformance());
        // 15 req/s: replica a full (1000 W), b at half load: 200 + 800 x 0.5 = 600 W.
        assertEquals(1600, load.firmWatts()[0], EPS);
        // 5 req/s: a at half load (600 W), b idle (200 W).
        assertEquals(800, load.firmWatts()[12], EPS);
    }

    @Test
    void idleReplicasDrawNothingWhenPoweredDown() {
        Hall hall = twoServerHall(List.of());
        HallItLoad load = PlanLoadModel.forHall(scenario(hall, workload("w", 15, halfDayPeak(), 0), true, twoReplicas()),
                hall, catalog(), uniformPerformance());
        assertEquals(1600, load.firmWatts()[0], EPS); // both replicas busy: nothing to power down
        assertEquals(600, load.firmWatts()[12], EPS); // b is off instead of idling at 200 W
    }

    @Test
    void deferrableShareSplitsTheLoadAndSpareCapacityIsWhatIsLeft() {
        Hall hall = twoServerHall(List.of());
        HallItLoad load = PlanLoadModel.forHall(
                scenario(hall, workload("w", 15, HourlyProfile.constant(1), 0.4), false, twoReplicas()),
                hall, catalog(), uniformPerformance());
        // Firm part 60% of 15 = 9 req/s: a at 0.9 (200 + 720 = 920 W) + b idle 200 W = 1120 W.
        assertEquals(1120, load.firmWatts()[5], EPS);
        // All 15 req/s draw 1600 W, so the deferrable 6 req/s add 480 W.
        assertEquals(480, load.deferrableWatts()[5], EPS);
        // At full capacity (20 req/s) both draw 1000 W: 400 W of spare.
        assertEquals(400, load.spareWatts()[5], EPS);
    }

    @Test
    void demandBeyondCapacityIsUnservedAndTokensCountServedRequests() {
        Hall hall = twoServerHall(List.of());
        HallItLoad load = PlanLoadModel.forHall(
                scenario(hall, workload("w", 25, HourlyProfile.constant(1), 0), false, twoReplicas()),
                hall, catalog(), uniformPerformance());
        // 20 req/s served all year, 5 req/s not; 100 output tokens per request.
        assertEquals(20 * YEAR_SECONDS, load.servedRequests(), 1e-3);
        assertEquals(5 * YEAR_SECONDS, load.unservedRequests(), 1e-3);
        assertEquals(20 * YEAR_SECONDS * 100, load.outputTokens(), 1);
        assertEquals(2000, load.firmWatts()[0], EPS);
    }

    @Test
    void switchesStorageAndUnusedServersAddFixedLoad() {
        List<MountedEquipment> extra = List.of(new MountedEquipment("s3", "srv", 17),
                new MountedEquipment("sw1", "sw", 40), new MountedEquipment("st1", "nvme", 30));
        Hall hall = twoServerHall(extra);
        Workload w = workload("w", 15, HourlyProfile.constant(1), 0);
        HallItLoad idling = PlanLoadModel.forHall(scenario(hall, w, false, twoReplicas()), hall, catalog(),
                uniformPerformance());
        // 1600 W of replicas + switch 500 W + storage 800 W + unused server s3 idling at 2000 W.
        assertEquals(1600 + 500 + 800 + 2000, idling.firmWatts()[0], EPS);
        HallItLoad poweredDown = PlanLoadModel.forHall(scenario(hall, w, true, twoReplicas()), hall, catalog(),
                uniformPerformance());
        assertEquals(1600 + 500 + 800, poweredDown.firmWatts()[0], EPS);
    }

    @Test
    void demandIsSplitOverHallsByCapacity() {
        Hall a = hall("ha", gridOnly(1e6), List.of(rack("r1", List.of(new MountedEquipment("s1", "srv", 1)))));
        Hall b = hall("hb", gridOnly(1e6), List.of());
        List<ReplicaPlacement> replicas = List.of(replica("1", "w", "ha", "s1"),
                replica("2", "w", "hb", "x1"), replica("3", "w", "hb", "x2"), replica("4", "w", "hb", "x3"));
        Scenario s = new Scenario("s", null, List.of(a, b), List.of(workload("w", 20, HourlyProfile.constant(1), 0)),
                new Plan("manual", "", replicas), null, null, null);
        HallItLoad load = PlanLoadModel.forHall(s, a, catalog(), uniformPerformance());
        // Hall ha holds 10 of the 40 req/s capacity, so it serves a quarter of 20 req/s: 5 req/s,
        // one replica at half load = 600 W.
        assertEquals(600, load.firmWatts()[0], EPS);
    }

    @Test
    void unknownEquipmentIsAClearError() {
        Hall hall = twoServerHall(List.of(new MountedEquipment("odd", "no-such-thing", 30)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PlanLoadModel.forHall(scenario(hall, workload("w", 15, HourlyProfile.constant(1), 0), false,
                        twoReplicas()), hall, catalog(), uniformPerformance()));
        assertTrue(e.getMessage().contains("'no-such-thing'"), e.getMessage());
    }

    @Test
    void hallSimulationRunsThePlanThroughTheSupply() {
        Hall hall = twoServerHall(List.of());
        Scenario s = scenario(hall, workload("w", 15, HourlyProfile.constant(1), 0), false, twoReplicas());
        HallSimulation.HallYear year = HallSimulation.run(s, hall, catalog(), uniformPerformance(), PueFunction.constant(1.25));
        // 1600 W IT x 1.25 = 2000 W from the grid all year: 17.52 MWh at $100/MWh.
        assertEquals(2000, year.result().facilityLoadWatts().at(77), EPS);
        assertEquals(1752, year.result().cost().gridEnergyUsd(), 1e-6);
    }

    @Test
    void everyHallOfAScenarioIsSimulatedWithItsOwnPue() {
        Hall a = hall("ha", gridOnly(1e6), List.of(rack("r1", List.of(new MountedEquipment("s1", "srv", 1)))));
        Hall b = hall("hb", gridOnly(1e6), List.of(rack("r2", List.of(new MountedEquipment("s2", "srv", 1)))));
        Scenario s = new Scenario("s", null, List.of(a, b), List.of(workload("w", 10, HourlyProfile.constant(1), 0)),
                new Plan("manual", "", List.of(replica("1", "w", "ha", "s1"), replica("2", "w", "hb", "s2"))),
                null, null, null);
        List<HallSimulation.HallYear> years = HallSimulation.runAll(s, catalog(), uniformPerformance(),
                h -> PueFunction.constant(h.id().equals("ha") ? 1.0 : 2.0));
        // 10 req/s split evenly: each replica at half load draws 200 + 800 x 0.5 = 600 W.
        assertEquals(List.of("ha", "hb"), years.stream().map(HallSimulation.HallYear::hallId).toList());
        assertEquals(600, years.get(0).result().facilityLoadWatts().at(0), EPS);
        assertEquals(1200, years.get(1).result().facilityLoadWatts().at(0), EPS);
    }
}
