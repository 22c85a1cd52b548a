package dev.hallplan.reports;

import dev.hallplan.engine.kpi.Assumption;
import dev.hallplan.engine.kpi.BomLine;
import dev.hallplan.engine.kpi.MonthlyEnergy;
import dev.hallplan.engine.kpi.PlanKpis;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.kpi.WorkloadKpi;

import java.util.ArrayList;
import java.util.List;

/** Tiny hand-sized PlanReports whose expected numbers a test can compute on paper. */
public final class SmallReports {
    private SmallReports() {
    }

    /**
     * A scenario with one workload, a two-line BOM (hardware {@code hardwareUsd}, facility
     * {@code facilityUsd}), twelve equal months costing {@code energyCostUsd / 12} each and the
     * given KPI money figures.
     */
    public static PlanReport scenario(String name, double hardwareUsd, double facilityUsd, double annualOpexUsd,
                                      double annualTcoUsd, double energyCostUsd, double annualTokens,
                                      double itPeakWatts) {
        List<BomLine> bom = List.of(
                new BomLine("accelerator server", "srv", "V", "Server", 1, hardwareUsd, 10_000, false),
                new BomLine("facility", "shell", "estimate", "Shell", 1, facilityUsd, 0, false));
        List<MonthlyEnergy> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(new MonthlyEnergy(m, 3.6e9, 4.5e9, 1.8e9, 0, 2.7e9, 0, itPeakWatts * 1.25, 100,
                    energyCostUsd / 12));
        }
        WorkloadKpi w = new WorkloadKpi("chat", "Chat", "llama", 1, 10, 12, 1, 1000, annualTokens);
        PlanKpis kpis = new PlanKpis(name, itPeakWatts, itPeakWatts * 1.25, 1.25, 12 * 4.5e9, 1000, 12,
                List.of(w), hardwareUsd + facilityUsd, annualOpexUsd, annualTcoUsd,
                annualTcoUsd / (annualTokens / 1e6), annualTokens / (12 * 4.5e9 / 3.6e6), 0.4, 0.35, 1200,
                2, 5.8, List.of());
        return new PlanReport("Tiny", name, "", kpis, bom, List.of(), List.of(), months,
                List.of(new Assumption("prices", "Energy", "0.1 USD/kWh", "test")));
    }
}
