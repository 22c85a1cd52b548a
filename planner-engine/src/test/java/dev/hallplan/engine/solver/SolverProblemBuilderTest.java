package dev.hallplan.engine.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.Row;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.solver.domain.DeploymentOption;
import dev.hallplan.engine.solver.domain.HallPlanSolution;
import dev.hallplan.engine.energy.SupplyAdequacy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SolverProblemBuilderTest {

    private final SolverProblemBuilder builder = new SolverProblemBuilder(SmallHalls.catalog(), SmallHalls.options(),
            SupplyOutlookSource.constantPue(1.25));

    @Test
    void slotsCoverPeakPlusHeadroomWithTheSmallestOptionAndOneSpare() {
        // 60 rps x 1.1 = 66 rps: 7 replicas of the 10 rps option (4 x ceil(66/25) = 12 does not cap it), + 1 spare
        HallPlanSolution sol = builder.build(SmallHalls.scenario(List.of(SmallHalls.hall("H1", 1, 2, 2, 1e6)),
                List.of(SmallHalls.workload("chat", 60, 5)))).solution();
        assertEquals(8, sol.getSlots().size());
        // 4 servers x 2 options
        assertEquals(8, sol.getSlots().get(0).getAllowedPlacements().size());
    }

    @Test
    void hallLimitIsSupplyOverPueAndServersDrawIdleFromCatalog() {
        HallPlanSolution sol = builder.build(SmallHalls.scenario(List.of(SmallHalls.hall("H1", 1, 1, 1, 1_000_000)),
                List.of(SmallHalls.workload("chat", 10, 5)))).solution();
        // 1 MW grid / PUE 1.25 = 800 kW of IT
        assertEquals(800_000, sol.getHalls().get(0).itPowerLimitWatts());
        // $50/MWh x 8760 h / 1e6 x 1.25 = $0.5475 per W-year
        assertEquals(0.5475, sol.getHalls().get(0).energyUsdPerWattYear(), 1e-12);
        // unused servers stay on by default: their idle power is rack fixed load, none is added when used
        assertEquals(0, sol.getServers().get(0).idleWattsWhenUsed());
        assertEquals(1_000, sol.getRacks().get(0).fixedWatts());
        assertEquals(40_000, sol.getServers().get(0).capexUsdPerYear(), 1e-9);
    }

    @Test
    void onSiteSupplyRaisesTheLimitOnlyInTheHoursItProduces() {
        double[] solar = new double[8760];
        for (int h = 0; h < solar.length; h++) {
            solar[h] = h % 24 >= 8 && h % 24 < 18 ? 500_000 : 0;
        }
        HallSupply supply = HallSupply.constantPue(1.25, new SupplyAdequacy(solar, 1_000_000, 0, null));
        SolverProblemBuilder b = new SolverProblemBuilder(SmallHalls.catalog(), SmallHalls.options(), hall -> supply);
        HallPlanSolution sol = b.build(SmallHalls.scenario(List.of(SmallHalls.hall("H1", 1, 1, 1, 1_000_000)),
                List.of(SmallHalls.workload("chat", 10, 5)))).solution();
        // the binding hour is the first dark one (1 Jan 00:00): the grid alone, 800 kW of IT
        assertEquals(800_000, sol.getHalls().get(0).itPowerLimitWatts());
        assertEquals("supply at 1 Jan 00:00, PUE 1.25", sol.getHalls().get(0).bindingHour());
    }

    @Test
    void workloadWithoutAllowedHallGetsNoSlotAndIsListed() {
        var usOnly = new dev.hallplan.engine.project.Workload("us", "us", "model-us", "vllm", List.of(),
                new dev.hallplan.engine.project.Demand(10, dev.hallplan.engine.supply.HourlyProfile.constant(1)),
                new dev.hallplan.engine.project.RequestShape(100, 10), dev.hallplan.engine.project.LatencySlo.llm(1, 0.05),
                java.util.Set.of("US"), java.util.Set.of(), "t", null, null, 5, 0, "");
        SolverProblem p = builder.build(SmallHalls.scenario(List.of(SmallHalls.hall("H1", 1, 1, 1, 1e6)), List.of(usOnly)));
        assertEquals(List.of("us"), p.withoutHardware());
        assertEquals(List.of(), p.solution().getSlots());
        assertEquals(1, p.solution().getWorkloads().size());
    }

    @Test
    void unknownRackTypeIsRejectedWithItsPlace() {
        Hall h = SmallHalls.hall("H1", 1, 1, 1, 1e6);
        PlacedRack bad = new PlacedRack("X-01", 0, "no-such-rack", h.rows().get(0).racks().get(0).feeds(),
                List.of(new MountedEquipment("X-01-u1", SmallHalls.SERVER, 1)));
        Hall broken = h.withRows(List.of(new Row("A", 1, 0.6, List.of(), List.of(bad))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> builder.build(SmallHalls.scenario(List.of(broken), List.of(SmallHalls.workload("chat", 10, 5)))));
        assertEquals("hall H1 rack X-01: rack type no-such-rack is not in the catalog", e.getMessage());
    }

    @Test
    void optionForAModelThatIsNeitherTheWorkloadsNorASubstituteIsRejected() {
        DeploymentOptionSource wrong = (w, server) -> List.of(new DeploymentOption(w.id(), "other-model", server.id(), 8,
                dev.hallplan.catalog.Precision.FP8, 8, 64, 25, 8_000, 0.3, true));
        SolverProblemBuilder b = new SolverProblemBuilder(SmallHalls.catalog(), wrong, SupplyOutlookSource.constantPue(1.2));
        Scenario s = SmallHalls.scenario(List.of(SmallHalls.hall("H1", 1, 1, 1, 1e6)), List.of(SmallHalls.workload("chat", 10, 5)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.build(s));
        assertTrue(e.getMessage().contains("model other-model is neither the workload's nor a listed substitute"), e.getMessage());
    }

    @Test
    void unknownConstraintWeightNameIsRejected() {
        Scenario s = new Scenario("s", "", List.of(SmallHalls.hall("H1", 1, 1, 1, 1e6)), List.of(SmallHalls.workload("chat", 10, 5)),
                null, null, null, Map.of("Rack powr limit", 2.0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> builder.build(s));
        assertTrue(e.getMessage().startsWith("constraintWeights: unknown constraint \"Rack powr limit\""), e.getMessage());
    }
}
