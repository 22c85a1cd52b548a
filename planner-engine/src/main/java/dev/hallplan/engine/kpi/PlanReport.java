package dev.hallplan.engine.kpi;

import java.util.List;

/**
 * Everything the reports show of one planned scenario, computed once by the engine so that the
 * UI, the workbook and the PDF print the same numbers.
 *
 * @param halls  per hall at planned full load, in scenario order
 * @param racks  per rack at planned full load, hall by hall in row order
 */
public record PlanReport(
        String projectName,
        String scenarioName,
        String scenarioDescription,
        PlanKpis kpis,
        List<BomLine> bom,
        List<HallReport> halls,
        List<RackReport> racks,
        List<DeploymentReport> deployments,
        List<MonthlyEnergy> monthlyEnergy,
        List<Assumption> assumptions) {

    public PlanReport {
        bom = List.copyOf(bom);
        halls = List.copyOf(halls);
        racks = List.copyOf(racks);
        deployments = List.copyOf(deployments);
        monthlyEnergy = List.copyOf(monthlyEnergy);
        assumptions = List.copyOf(assumptions);
    }

    /** The hall {@code hallId}, if the scenario has it. */
    public java.util.Optional<HallReport> hall(String hallId) {
        return halls.stream().filter(h -> h.hallId().equals(hallId)).findFirst();
    }

    public double bomTotalUsd() {
        return bom.stream().mapToDouble(BomLine::extendedPriceUsd).sum();
    }
}
