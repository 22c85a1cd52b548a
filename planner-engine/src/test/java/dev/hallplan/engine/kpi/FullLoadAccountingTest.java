package dev.hallplan.engine.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.engine.facility.EquipmentDraw;
import dev.hallplan.engine.facility.FabricSizer;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.SimulationSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One accounting: with demand above capacity every simulated hour runs every replica at capacity,
 * so the year simulation's IT load in every hour is the facility model's IT load at planned full
 * load. Before the accounting was shared the two differed by the idle power of a partly used
 * server's free accelerators (the year simulation charged replicas only their accelerators'
 * share) and by the sized network fabric (counted by the bill of materials only).
 */
class FullLoadAccountingTest {

    private static PlanReport report(Scenario s) {
        return new PlanReportBuilder(OneRackScenario.SIZING).build(new Project(1, "p", null, List.of(s)), s);
    }

    /** Three replicas of Llama 70B on four HGX H200, packed in server order: the last used server is partly used. */
    private static Scenario threeReplicas(boolean powerDown) {
        Scenario s = OneRackScenario.scenario(3);
        return new Scenario(s.name(), s.description(), s.halls(), s.workloads(), s.plan(),
                new SimulationSettings(powerDown, false, 0.1), s.financials(), s.constraintWeights());
    }

    @Test
    void everySimulatedHourAtCapacityDrawsTheFullLoadItOfTheFacilityModel() {
        for (boolean powerDown : new boolean[] {false, true}) {
            PlanReport r = report(threeReplicas(powerDown));
            WorkloadKpi chat = r.kpis().workloads().get(0);
            assertTrue(chat.capacityRequestsPerSecond() < chat.peakDemandRequestsPerSecond(), "demand exceeds capacity every hour");
            PowerFigures p = r.kpis().power();
            assertEquals(p.itFullLoadWatts(), p.itPeakHourWatts(), 1e-6 * p.itFullLoadWatts(), "power down " + powerDown);
            double hourly = r.kpis().energy().annualItEnergyJoules() / (8760 * 3600.0);
            assertEquals(p.itFullLoadWatts(), hourly, 1e-6 * p.itFullLoadWatts(), "every hour, not only the peak");
        }
    }

    @Test
    void fullLoadItIsTheRacksPlusTheSizedFabric() {
        Scenario s = threeReplicas(false);
        PlanReport r = report(s);
        double racks = r.racks().stream().mapToDouble(RackReport::powerWatts).sum();
        double fabric = FabricSizer.unplaced(s.halls().get(0), OneRackScenario.CATALOG).orElseThrow().powerWatts();
        assertTrue(fabric > 0);
        HallReport hall = r.halls().get(0);
        assertEquals(fabric, hall.fabricWatts(), 1e-9);
        assertEquals(racks + fabric, hall.itFullLoadWatts(), 1e-6);
        assertEquals(hall.itFullLoadWatts(), r.kpis().power().itFullLoadWatts(), 0);
        assertEquals(EquipmentDraw.nameplateWatts(s.halls().get(0), OneRackScenario.CATALOG), r.kpis().power().nameplateItWatts(), 0);
        assertTrue(r.kpis().power().nameplateItWatts() > hall.itFullLoadWatts());
    }

    @Test
    void unusedServersDrawIdlePowerOnlyWhileTheyStayOn() {
        Scenario s = threeReplicas(false);
        long used = s.plan().replicas().stream().map(r -> r.serverId()).distinct().count();
        assertTrue(used < 4);
        assertTrue(s.plan().replicas().stream().mapToInt(r -> r.acceleratorCount()).sum() < 8 * used, "a server is partly used");
        // powering down the unused servers saves exactly their idle power, and nothing of the partly used one
        double on = report(s).kpis().power().itFullLoadWatts();
        double down = report(threeReplicas(true)).kpis().power().itFullLoadWatts();
        assertEquals((4 - used) * OneRackScenario.H200.idlePowerWatts(), on - down, 1e-6);
    }
}
