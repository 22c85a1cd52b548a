package dev.hallplan.engine.kpi;

import java.util.List;

/**
 * Everything the reports show of one planned scenario, computed once by the engine so that the
 * UI, the workbook and the PDF print the same numbers.
 */
public record PlanReport(
        String projectName,
        String scenarioName,
        String scenarioDescription,
        PlanKpis kpis,
        List<BomLine> bom,
        List<RackReport> racks,
        List<DeploymentReport> deployments,
        List<MonthlyEnergy> monthlyEnergy,
        List<Assumption> assumptions) {

    public PlanReport {
        bom = List.copyOf(bom);
        racks = List.copyOf(racks);
        deployments = List.copyOf(deployments);
        monthlyEnergy = List.copyOf(monthlyEnergy);
        assumptions = List.copyOf(assumptions);
    }

    public double bomTotalUsd() {
        return bom.stream().mapToDouble(BomLine::extendedPriceUsd).sum();
    }
}
