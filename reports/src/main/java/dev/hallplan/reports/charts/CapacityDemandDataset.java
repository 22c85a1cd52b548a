package dev.hallplan.reports.charts;

import dev.hallplan.engine.kpi.PlanKpis;
import dev.hallplan.engine.kpi.WorkloadKpi;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Capacity against peak demand per workload. Workloads differ by orders of magnitude in
 * requests/s (embeddings vs chat), so the chart shows capacity as a percentage of each workload's
 * peak demand (100% = demand met exactly); the raw requests/s are in the workbook table.
 */
public final class CapacityDemandDataset {
    /** Row key of the single series. */
    public static final String CAPACITY = "Capacity (% of peak demand)";

    private CapacityDemandDataset() {
    }

    /**
     * One column per workload (its name), value = 100 × capacity / peak demand, not capped at 100;
     * 0 for a workload without demand.
     */
    public static DefaultCategoryDataset shareOfPeakDemand(PlanKpis kpis) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (WorkloadKpi w : kpis.workloads()) {
            double demand = w.peakDemandRequestsPerSecond();
            data.addValue(demand > 0 ? 100 * w.capacityRequestsPerSecond() / demand : 0, CAPACITY, w.name());
        }
        return data;
    }
}
