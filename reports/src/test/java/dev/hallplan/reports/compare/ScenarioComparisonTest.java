package dev.hallplan.reports.compare;

import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.reports.SmallReports;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioComparisonTest {
    // A: capex 100 (80 hardware + 20 facility), opex 30/yr of which 12 energy, annual TCO 50, 1e6 tokens/yr
    private final PlanReport a = SmallReports.scenario("A", 80, 20, 30, 50, 12, 1e6, 1e6);
    // B: capex 160 (140 + 20), opex 10/yr of which 6 energy, annual TCO 42, 2e6 tokens/yr
    private final PlanReport b = SmallReports.scenario("B", 140, 20, 10, 42, 6, 2e6, 2e6);

    @Test
    void tcoIsCapexPlusYearsTimesOpex() {
        ScenarioComparison c = ScenarioComparison.of(List.of(a, b), 5);
        // A: 100 + 5 × 30 = 250; B: 160 + 5 × 10 = 210, so B wins
        MetricRow tco = c.row(ComparisonMetric.TCO);
        assertEquals(List.of(250.0, 210.0), tco.valuesSi());
        assertEquals(OptionalInt.of(1), tco.winner());
    }

    @Test
    void winnerFollowsTheMetricsDirection() {
        ScenarioComparison c = ScenarioComparison.of(List.of(a, b), 5);
        // lower capex wins (A: 100 < 160); more power is worse (A: 1 MW < 2 MW); more tokens/s is better but tied
        assertEquals(OptionalInt.of(0), c.row(ComparisonMetric.CAPEX).winner());
        assertEquals(OptionalInt.of(0), c.row(ComparisonMetric.IT_POWER).winner());
        assertEquals(OptionalInt.empty(), c.row(ComparisonMetric.TOKENS_PER_SECOND).winner());
    }

    @Test
    void sensitivityMovesHardwareAndEnergyOnly() {
        ScenarioComparison c = ScenarioComparison.of(List.of(a, b), 5);
        SensitivityRow hardwareUp = c.sensitivity().get(4);
        assertEquals("hardware price +20%", hardwareUp.label());
        // A: 250 + 0.2 × 80 (facility 20 does not move) = 266; B: 210 + 0.2 × 140 = 238
        assertEquals(266.0, hardwareUp.tcoUsd().get(0), 1e-9);
        assertEquals(238.0, hardwareUp.tcoUsd().get(1), 1e-9);
        SensitivityRow energyDown = c.sensitivity().get(1);
        // A: 250 − 5 × 0.2 × 12 = 238; B: 210 − 5 × 0.2 × 6 = 204
        assertEquals(238.0, energyDown.tcoUsd().get(0), 1e-9);
        assertEquals(204.0, energyDown.tcoUsd().get(1), 1e-9);
    }

    @Test
    void sensitivityPerTokenUsesTheAmortisedShareOfHardware() {
        // A: amortised capex per year = 50 − 30 = 20 of capex 100 → 0.2 per year;
        // hardware +20%: 50 + 0.2 × 80 × 0.2 = 53.2 per year over 1e6 tokens = $53.2 per million tokens
        assertEquals(53.2, Sensitivity.usdPerMillionTokens(a, 0, 0.2), 1e-9);
        // base case equals the KPI: 50 / 1 = 50
        assertEquals(a.kpis().usdPerMillionOutputTokens(), Sensitivity.usdPerMillionTokens(a, 0, 0), 1e-9);
    }

    @Test
    void bomByCategoryLinesUpScenarios() {
        ScenarioComparison c = ScenarioComparison.of(List.of(a, b), 5);
        assertEquals(List.of(80.0, 140.0), c.bomByCategory().get("accelerator server"));
        assertEquals(List.of(20.0, 20.0), c.bomByCategory().get("facility"));
    }

    @Test
    void comparisonRejectsASingleScenario() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScenarioComparison.of(List.of(a), 5));
        assertTrue(e.getMessage().contains("at least two"), e.getMessage());
    }

    @Test
    void comparisonRejectsZeroYears() {
        assertThrows(IllegalArgumentException.class, () -> ScenarioComparison.of(List.of(a, b), 0));
    }

    @Test
    void bestIgnoresNaN() {
        assertEquals(OptionalInt.of(2), MetricRow.best(List.of(Double.NaN, 3.0, 5.0), true));
        assertEquals(OptionalInt.empty(), MetricRow.best(List.of(Double.NaN, Double.NaN), true));
    }

    @Test
    void valuesEqualUpToRoundingTie() {
        // regression: renewable shares computed from different totals differed in the last bit and
        // the first scenario was named the winner of an actual tie
        double share = 0.547855760659231;
        assertEquals(OptionalInt.empty(), MetricRow.best(List.of(share, share * (1 + 1e-15), share), true));
    }
}
