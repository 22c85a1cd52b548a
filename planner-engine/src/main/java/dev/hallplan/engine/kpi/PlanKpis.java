package dev.hallplan.engine.kpi;

import java.util.List;

/**
 * The headline figures of one planned scenario, grouped, computed once by {@link PlanReportBuilder}
 * (formulas: docs/kpi.md). Outputs show them through {@link KeyFigures}, one label per figure.
 *
 * @param violations readable problems of the plan (facility limits at full load, unmet demand, ...)
 */
public record PlanKpis(
        String scenarioName,
        PowerFigures power,
        EnergyFigures energy,
        ServiceFigures service,
        CostFigures cost,
        CarbonFigures carbon,
        FloorFigures floor,
        List<String> violations) {

    public PlanKpis {
        violations = List.copyOf(violations);
    }

    public List<WorkloadKpi> workloads() {
        return service.workloads();
    }

    public double annualPue() {
        return energy.annualPue();
    }

    public double annualFacilityEnergyJoules() {
        return energy.annualFacilityEnergyJoules();
    }

    public double outputTokensPerSecond() {
        return service.outputTokensPerSecond();
    }

    public double requestsPerSecond() {
        return service.requestsPerSecond();
    }

    public double outputTokensPerKwh() {
        return service.outputTokensPerKwh();
    }

    public double capexUsd() {
        return cost.capexUsd();
    }

    public double annualOpexUsd() {
        return cost.annualOpexUsd();
    }

    public double annualTcoUsd() {
        return cost.annualTcoUsd();
    }

    public double usdPerMillionOutputTokens() {
        return cost.usdPerMillionOutputTokens();
    }

    public double renewableShare() {
        return carbon.renewableShare();
    }

    public double carbonFreeShare() {
        return carbon.carbonFreeShare();
    }

    public double annualCo2eKg() {
        return carbon.annualCo2eKg();
    }

    public int racks() {
        return floor.racks();
    }

    /** The same figures serving {@code workloads} instead (tests and what-if views). */
    public PlanKpis withWorkloads(List<WorkloadKpi> workloads) {
        return new PlanKpis(scenarioName, power, energy, new ServiceFigures(service.outputTokensPerSecond(),
                service.requestsPerSecond(), service.outputTokensPerKwh(), workloads), cost, carbon, floor, violations);
    }
}
