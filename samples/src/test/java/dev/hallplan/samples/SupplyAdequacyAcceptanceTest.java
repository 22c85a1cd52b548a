package dev.hallplan.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.catalog.CatalogLoader;
import dev.hallplan.engine.kpi.HallReport;
import dev.hallplan.engine.perf.ModelZoo;
import dev.hallplan.engine.plan.ReplicaSizing;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.solver.SolveOptions;
import dev.hallplan.engine.solver.SolveResult.Status;
import dev.hallplan.engine.supply.Battery;
import dev.hallplan.engine.supply.EnergySupply;
import dev.hallplan.engine.usecase.PlannedScenario;
import dev.hallplan.engine.usecase.ScenarioPlanning;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 18's acceptance: a plan is either supplied in every hour of the year simulation or
 * reported infeasible, naming the hall and the hours; the hall limit the solver keeps is safe for
 * the full 8,760-hour simulation on halls with tight supply (docs/energy-model.md, "Supply adequacy").
 */
class SupplyAdequacyAcceptanceTest {
    private static final ReplicaSizing SIZING = new ReplicaSizing(CatalogLoader.builtIn(), ModelZoo.builtIn());
    private static final ScenarioPlanning PLANNING = new ScenarioPlanning(SIZING);
    private static final SolveOptions SHORT = new SolveOptions(20, 0, 2, true, 0); // 2 steps; the time limit ends a step no move can finish (an over-constrained hall)

    @AfterAll
    static void close() {
        PLANNING.close();
    }

    @Test
    void defaultSampleAt150KwTieInIsSuppliedEveryHourOrInfeasibleNamingTheHallAndHours() {
        Project project = Samples.load("default");
        for (Scenario scenario : project.scenarios()) {
            Scenario tight = scenario.withHalls(scenario.halls().stream()
                    .map(h -> withSupply(h, withGrid(h.supply(), 150_000, h.supply().battery()))).toList());
            PlannedScenario planned = PLANNING.solve(project.withScenario(tight), tight, SHORT);
            List<String> supply = supplyViolations(planned);
            if (planned.status() == Status.INFEASIBLE) {
                assertTrue(planned.report().kpis().violations().stream().anyMatch(v -> v.startsWith("Hall demo-hall")),
                        scenario.name() + ": " + planned.report().kpis().violations());
            } else {
                // the solver kept the plan within what 150 kW supplies in every hour
                assertEquals(List.of(), supply, scenario.name());
            }
            for (String v : supply) {
                assertTrue(v.startsWith("Hall demo-hall supply: ") && v.contains(" hours"), v);
            }
            if (planned.report().kpis().energy().unservedHours() > 0) {
                assertEquals(Status.INFEASIBLE, planned.status(), scenario.name());
            }
        }
    }

    @Test
    void copilotSaasIsFeasibleWithEveryHourSuppliedAndNoCoveredRule() {
        Project project = Samples.load("copilot-saas");
        Scenario scenario = project.scenarios().get(0);
        PlannedScenario planned = PLANNING.solve(project, scenario, SHORT);
        assertEquals(Status.FEASIBLE, planned.status(), planned.report().kpis().violations().toString());
        assertEquals(0, planned.report().kpis().energy().unservedHours());
        assertEquals(0, planned.report().kpis().energy().annualUnservedEnergyJoules());
        for (HallReport hall : planned.report().halls()) {
            assertEquals(List.of(), hall.limitViolations());
        }
    }

    @Test
    void generated16kHallAt70PercentTieInWithATwoHourBatteryHasEveryHourSupplied() {
        Project project = new HallGenerator(SIZING).generate(16_000, 7, 0.6);
        Scenario scenario = project.scenarios().get(0);
        double facilityPeak = PLANNING.solve(project, scenario, SHORT).report().kpis().power().facilityFullLoadWatts();
        double batteryWatts = 0.3 * facilityPeak;
        Battery twoHours = new Battery(2 * 3600 * batteryWatts, batteryWatts, 0.87, 0.1, 0);
        Scenario tight = scenario.withHalls(scenario.halls().stream()
                .map(h -> withSupply(h, withGrid(h.supply(), 0.7 * facilityPeak, twoHours))).toList());
        PlannedScenario planned = PLANNING.solve(project.withScenario(tight), tight, SHORT);
        assertEquals(0, planned.report().kpis().energy().unservedHours(), planned.report().kpis().violations().toString());
        assertEquals(List.of(), supplyViolations(planned));
        assertTrue(planned.status() != Status.INFEASIBLE, planned.report().kpis().violations().toString());
        // the cut binds: the plan is smaller than the one the full tie-in allowed
        assertTrue(planned.report().kpis().power().facilityFullLoadWatts() < facilityPeak);
    }

    private static List<String> supplyViolations(PlannedScenario planned) {
        return planned.report().halls().stream().flatMap(h -> h.limitViolations().stream()).filter(v -> v.contains(" supply: ")).toList();
    }

    private static EnergySupply withGrid(EnergySupply s, double gridTieInWatts, Battery battery) {
        return new EnergySupply(gridTieInWatts, s.firmSupplyWatts(), s.renewables(), battery, s.gridCarbonGramsPerKwh(), s.tariff());
    }

    private static Hall withSupply(Hall h, EnergySupply supply) {
        return new Hall(h.id(), h.name(), h.facilityType(), h.region(), h.compliance(), h.climate(), h.powerChain(),
                h.coolingPlant(), supply, h.userRttSeconds(), h.rows(), h.floor());
    }
}
