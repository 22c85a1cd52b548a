package dev.hallplan.reports.compare;

import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.reports.charts.CostBreakdownDataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two or more planned scenarios side by side: every {@link ComparisonMetric} with its winner, the
 * price sensitivity (energy and hardware ±{@code swing}) and capex by BOM category.
 *
 * @param years         TCO horizon in years (≥ 1)
 * @param swing         relative price change of the sensitivity cases, e.g. 0.2 for ±20%
 * @param bomByCategory capex in USD per BOM category (union of categories, first-seen order),
 *                      one value per scenario (0 where a scenario has none)
 */
public record ScenarioComparison(List<PlanReport> scenarios, int years, double swing, List<MetricRow> metrics,
                                 List<SensitivityRow> sensitivity, Map<String, List<Double>> bomByCategory) {
    /** The default sensitivity swing, ±20%. */
    public static final double DEFAULT_SWING = 0.2;

    public ScenarioComparison {
        scenarios = List.copyOf(scenarios);
        metrics = List.copyOf(metrics);
        sensitivity = List.copyOf(sensitivity);
        bomByCategory = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bomByCategory));
    }

    /**
     * Compares {@code scenarios} over a TCO horizon of {@code years} with ±20% price cases.
     *
     * @throws IllegalArgumentException with fewer than two scenarios or {@code years < 1}
     */
    public static ScenarioComparison of(List<PlanReport> scenarios, int years) {
        return of(scenarios, years, DEFAULT_SWING);
    }

    /** As {@link #of(List, int)} with a chosen sensitivity swing in (0, 1). */
    public static ScenarioComparison of(List<PlanReport> scenarios, int years, double swing) {
        if (scenarios.size() < 2) {
            throw new IllegalArgumentException("A comparison needs at least two scenarios, got " + scenarios.size());
        }
        if (years < 1) {
            throw new IllegalArgumentException("TCO horizon must be at least 1 year, got " + years);
        }
        if (!(swing > 0 && swing < 1)) {
            throw new IllegalArgumentException("Sensitivity swing must be in (0, 1), got " + swing);
        }
        List<MetricRow> metrics = new ArrayList<>();
        for (ComparisonMetric m : ComparisonMetric.values()) {
            List<Double> values = scenarios.stream().map(r -> m.value(r, years)).toList();
            metrics.add(new MetricRow(m, values, MetricRow.best(values, m.higherIsBetter())));
        }
        List<SensitivityRow> cases = new ArrayList<>();
        String pct = Math.round(swing * 100) + "%";
        cases.add(sensitivityCase("base prices", 0, 0, scenarios, years));
        cases.add(sensitivityCase("energy price −" + pct, -swing, 0, scenarios, years));
        cases.add(sensitivityCase("energy price +" + pct, swing, 0, scenarios, years));
        cases.add(sensitivityCase("hardware price −" + pct, 0, -swing, scenarios, years));
        cases.add(sensitivityCase("hardware price +" + pct, 0, swing, scenarios, years));

        Map<String, List<Double>> byCategory = new LinkedHashMap<>();
        for (int i = 0; i < scenarios.size(); i++) {
            for (Map.Entry<String, Double> e : CostBreakdownDataset.capexByCategoryUsd(scenarios.get(i)).entrySet()) {
                List<Double> row = byCategory.computeIfAbsent(e.getKey(), k -> new ArrayList<>(
                        java.util.Collections.nCopies(scenarios.size(), 0.0)));
                row.set(i, e.getValue());
            }
        }
        return new ScenarioComparison(scenarios, years, swing, metrics, cases, byCategory);
    }

    /** The row of {@code metric}. */
    public MetricRow row(ComparisonMetric metric) {
        return metrics.stream().filter(r -> r.metric() == metric).findFirst().orElseThrow();
    }

    /** Scenario names in order. */
    public List<String> scenarioNames() {
        return scenarios.stream().map(PlanReport::scenarioName).toList();
    }

    private static SensitivityRow sensitivityCase(String label, double e, double h, List<PlanReport> scenarios, int years) {
        List<Double> tco = scenarios.stream().map(r -> Sensitivity.tcoUsd(r, years, e, h)).toList();
        List<Double> perToken = scenarios.stream().map(r -> Sensitivity.usdPerMillionTokens(r, e, h)).toList();
        return new SensitivityRow(label, e, h, tco, perToken, MetricRow.best(tco, false));
    }
}
