package dev.hallplan.engine.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.engine.project.Scenario;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.junit.jupiter.api.Test;

class SoftLowerBoundTest {

    private final SolverProblemBuilder builder = new SolverProblemBuilder(SmallHalls.catalog(), SmallHalls.options(),
            SupplyOutlookSource.constantPue(1.25));

    @Test
    void boundServesPeakAtTheCheapestOptionPerRequest() {
        Scenario s = SmallHalls.scenario(List.of(SmallHalls.hall("H1", 1, 2, 2, 1e6)), List.of(SmallHalls.workload("chat", 50, 5)));
        // per W-year: $0.5475 energy = 54.75 cents, 4.38 kg CO2e x weight 10 = 43.8; together 98.55
        // every server stays on (the default), so its idle power costs the same whatever the plan and is not scored:
        // 25 rps option, whole server: 8 kW x 98.55 + $40,000 capex = 4,788,400 a year, 191.536 per mrps
        // 10 rps option, half a server: 4 kW x 98.55 + $20,000 = 2,394,200, 239.42 per mrps (dearer)
        // 50,000 mrps x 191.536 = 9,576,800
        assertEquals(-9_576_800, SoftLowerBound.softScore(builder.build(s)));
    }

    @Test
    void boundChargesUsedServersTheirIdlePowerWhenUnusedServersArePoweredDown() {
        Scenario s = SmallHalls.poweringDownIdleServers(SmallHalls.scenario(List.of(SmallHalls.hall("H1", 1, 2, 2, 1e6)),
                List.of(SmallHalls.workload("chat", 50, 5))));
        // 25 rps option, whole server: (1 kW idle + 8 kW) x 98.55 + $40,000 capex = 4,886,950 a year, 195.478 per mrps
        // 10 rps option, half a server: (0.5 kW + 4 kW) x 98.55 + $20,000 = 2,443,475, 244.3475 per mrps (dearer)
        // 50,000 mrps x 195.478 = 9,773,900
        assertEquals(-9_773_900, SoftLowerBound.softScore(builder.build(s)));
    }

    @Test
    void boundFollowsTheScenarioWeights() {
        Scenario s = new Scenario("test", "", List.of(SmallHalls.hall("H1", 1, 2, 2, 1e6)),
                List.of(SmallHalls.workload("chat", 50, 5)), null, null, null, Map.of("Hardware capex", 0.0));
        // without capex: 25 rps option 8 kW x 98.55 / 25,000 = 31.536 per mrps; 10 rps option 4 kW x 98.55 / 10,000
        // = 39.42; 50,000 mrps x 31.536 = 1,576,800
        assertEquals(-1_576_800, SoftLowerBound.softScore(builder.build(s)));
    }

    @Test
    void acceleratorLimitOfTheCheapestHardwarePricesTheRestOnTheDearerOne() {
        // 10 units of demand; hardware 0 costs 1 a unit but has 4 accelerators (1 per unit), hardware 1 costs 3 a
        // unit with 100 accelerators. The LP optimum is 4 x 1 + 6 x 3 = 22 (the plain bound says 10 x 1 = 10).
        // Its dual L(lambda) = 10 min(1 + lambda, 3) - 4 lambda peaks at lambda = 2 with 22.
        List<List<SoftLowerBound.Choice>> choices = List.of(List.of(new SoftLowerBound.Choice(0, 1, 1),
                new SoftLowerBound.Choice(1, 3, 1)));
        double bound = SoftLowerBound.lagrangian(new double[] {10}, choices, new double[] {4, 100}, 20_000).bound();
        assertTrue(bound <= 22 + 1e-9, "a lower bound never exceeds the optimum: " + bound);
        assertEquals(22, bound, 0.05);
    }

    @Test
    void withoutBindingLimitsTheBoundIsTheCheapestChoice() {
        // 100 accelerators are plenty for 10 units: the cheapest choice, 10 x 1
        List<List<SoftLowerBound.Choice>> choices = List.of(List.of(new SoftLowerBound.Choice(0, 1, 1),
                new SoftLowerBound.Choice(1, 3, 1)));
        assertEquals(10, SoftLowerBound.lagrangian(new double[] {10}, choices, new double[] {100, 100}, 100).bound(), 1e-9);
    }

    @Test
    void solvedPlanServingAllDemandCostsAtLeastTheBound() {
        // 60 rps is not a multiple of 25: the plan needs a third replica, the bound counts 2.4 servers
        Scenario s = SmallHalls.scenario(List.of(SmallHalls.hall("H1", 2, 2, 2, 5e6)), List.of(SmallHalls.workload("chat", 60, 5)));
        try (PlannerService service = new PlannerService(SmallHalls.catalog(), SmallHalls.options(),
                SupplyOutlookSource.constantPue(1.25))) {
            SolveResult r = service.solve(s, SolveOptions.reproducibleSteps(200));
            HardMediumSoftLongScore score = HardMediumSoftLongScore.parseScore(r.plan().score());
            assertEquals(0, score.mediumScore());
            long bound = SoftLowerBound.softScore(builder.build(s));
            assertTrue(score.softScore() <= bound, score + " vs bound " + bound);
        }
    }
}
