package dev.hallplan.engine.kpi;

import java.util.List;

/**
 * The headline figures of one planned scenario, as the UI, the Excel summary, the PDF and the
 * BOM comparison show them.
 *
 * @param itPeakWatts                 IT power at the busiest hour
 * @param facilityPeakWatts           IT × PUE at the busiest hour
 * @param annualPue                   facility energy / IT energy over the year
 * @param annualFacilityEnergyJoules  facility energy over the year
 * @param capexUsd                    hardware and facility capital cost
 * @param annualOpexUsd               energy plus maintenance per year
 * @param annualTcoUsd                amortised capex plus opex per year
 * @param usdPerMillionOutputTokens   annual TCO / (annual output tokens / 1e6); NaN without LLM output
 * @param outputTokensPerKwh          annual output tokens / annual facility energy in kWh
 * @param renewableShare              renewable energy used / facility energy, over the year (0..1)
 * @param carbonFreeShare             hourly-matched 24/7 carbon-free share (0..1)
 * @param annualCo2eKg                grid emissions over the year
 * @param violations                  readable problems of the plan (hard constraints, unmet demand)
 */
public record PlanKpis(
        String scenarioName,
        double itPeakWatts,
        double facilityPeakWatts,
        double annualPue,
        double annualFacilityEnergyJoules,
        double outputTokensPerSecond,
        double requestsPerSecond,
        List<WorkloadKpi> workloads,
        double capexUsd,
        double annualOpexUsd,
        double annualTcoUsd,
        double usdPerMillionOutputTokens,
        double outputTokensPerKwh,
        double renewableShare,
        double carbonFreeShare,
        double annualCo2eKg,
        int racks,
        double floorAreaSquareMeters,
        List<String> violations) {

    public PlanKpis {
        workloads = List.copyOf(workloads);
        violations = List.copyOf(violations);
    }
}
