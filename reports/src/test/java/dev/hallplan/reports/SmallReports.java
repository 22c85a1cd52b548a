package dev.hallplan.reports;

import dev.hallplan.engine.kpi.Assumption;
import dev.hallplan.engine.kpi.BomLine;
import dev.hallplan.engine.kpi.MonthlyEnergy;
import dev.hallplan.engine.kpi.CarbonFigures;
import dev.hallplan.engine.kpi.CostFigures;
import dev.hallplan.engine.kpi.EnergyFigures;
import dev.hallplan.engine.kpi.FloorFigures;
import dev.hallplan.engine.kpi.PlanKpis;
import dev.hallplan.engine.kpi.PowerFigures;
import dev.hallplan.engine.kpi.ServiceFigures;
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
        WorkloadKpi w = new WorkloadKpi("chat", "Chat", "llama", 1, 10, 12, 1, 1000, annualTokens, "");
        // full load 10% above the busiest hour; 12 months of 3.6 GJ IT and 4.5 GJ facility energy
        PlanKpis kpis = new PlanKpis(name,
                new PowerFigures(itPeakWatts * 1.1, itPeakWatts * 1.1 * 1.25, itPeakWatts, itPeakWatts * 1.25, itPeakWatts * 1.25,
                        itPeakWatts * 1.5),
                new EnergyFigures(1.25, 12 * 3.6e9, 12 * 4.5e9, 12 * 2.7e9),
                new ServiceFigures(1000, 12, annualTokens / (12 * 4.5e9 / 3.6e6), List.of(w)),
                new CostFigures(hardwareUsd + facilityUsd, annualOpexUsd, annualTcoUsd, annualTcoUsd / (annualTokens / 1e6),
                        energyCostUsd),
                new CarbonFigures(0.4, 0.35, 1200), new FloorFigures(2, 5.8, 1.44), List.of());
        return new PlanReport("Tiny", name, "", kpis, bom, List.of(), List.of(), List.of(), months,
                List.of(new Assumption("prices", "Energy", "0.1 USD/kWh", "test")));
    }
}
