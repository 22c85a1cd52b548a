package dev.hallplan.reports.compare;

import dev.hallplan.engine.kpi.BomLine;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.kpi.WorkloadKpi;

/**
 * Price sensitivity of one scenario, computed from its line items (see docs/reports.md):
 * <pre>
 *   H = Σ BOM extended price over lines whose category is not "facility"   (hardware, USD)
 *   E = Σ monthly energy cost                                               (USD per year)
 *   TCO_N(e, h)  = capex + h·H + N·(opex + e·E)
 *   annual(e, h) = annualTco + h·H·(annualTco − opex)/capex + e·E           (amortised share of capex)
 *   $/M(e, h)    = annual(e, h) / (Σ workload annual output tokens / 1e6)
 * </pre>
 * where e and h are the relative changes of energy and hardware prices (−0.2 for −20%).
 */
public final class Sensitivity {
    /** The BOM category that is building, not hardware, and does not move with hardware prices. */
    public static final String FACILITY_CATEGORY = "facility";

    private Sensitivity() {
    }

    /** Hardware spend H in USD: BOM lines other than {@link #FACILITY_CATEGORY}. */
    public static double hardwareUsd(PlanReport report) {
        return report.bom().stream().filter(l -> !FACILITY_CATEGORY.equals(l.category()))
                .mapToDouble(BomLine::extendedPriceUsd).sum();
    }

    /** TCO over {@code years} with energy prices changed by {@code energyDelta} and hardware by {@code hardwareDelta}. */
    public static double tcoUsd(PlanReport report, int years, double energyDelta, double hardwareDelta) {
        return report.kpis().capexUsd() + hardwareDelta * hardwareUsd(report)
                + years * (report.kpis().annualOpexUsd() + energyDelta * report.kpis().cost().annualEnergyCostUsd());
    }

    /** Cost per million output tokens under the price changes; NaN without output tokens. */
    public static double usdPerMillionTokens(PlanReport report, double energyDelta, double hardwareDelta) {
        double tokens = report.kpis().workloads().stream().mapToDouble(WorkloadKpi::annualOutputTokens).sum();
        if (tokens <= 0) {
            return Double.NaN;
        }
        double capex = report.kpis().capexUsd();
        double amortisedPerYear = report.kpis().annualTcoUsd() - report.kpis().annualOpexUsd();
        double hardwareShare = capex > 0 ? amortisedPerYear / capex : 0;
        double annual = report.kpis().annualTcoUsd() + hardwareDelta * hardwareUsd(report) * hardwareShare
                + energyDelta * report.kpis().cost().annualEnergyCostUsd();
        return annual / (tokens / 1e6);
    }
}
