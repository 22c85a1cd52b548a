package dev.hallplan.app.compare;

import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.kpi.WorkloadKpi;
import dev.hallplan.reports.compare.BomDifference;
import dev.hallplan.reports.compare.MetricRow;
import dev.hallplan.reports.compare.ScenarioComparison;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The compare view's lines, read from a {@link ScenarioComparison} (the object the comparison
 * workbook and PDF are written from): every metric, capex by BOM category, and the served share
 * of each workload's peak demand from the reports. Nothing is recomputed.
 */
public final class CompareRows {
    private CompareRows() {
    }

    /** A BOM line that changed going from the first compared scenario to {@code scenario}. */
    public record BomRow(String scenario, BomDifference.Change change) {
    }

    /** Metrics (as the Compare sheet labels them), then "Capex: category" lines, then "Served: workload" lines. */
    public static List<CompareRow> of(ScenarioComparison c) {
        List<CompareRow> out = new ArrayList<>();
        for (MetricRow m : c.metrics()) {
            out.add(new CompareRow(m.metric().label().replace("horizon", c.years() + " years"), m.metric().unit().header(),
                    m.valuesSi(), m.valuesSi().stream().map(v -> m.metric().unit().text(v)).toList(), m.winner()));
        }
        for (Map.Entry<String, List<Double>> e : c.bomByCategory().entrySet()) {
            out.add(new CompareRow("Capex: " + e.getKey(), "$", e.getValue(),
                    e.getValue().stream().map(UnitFormat::usd).toList(), OptionalInt.empty()));
        }
        Map<String, String> workloads = new LinkedHashMap<>();
        c.scenarios().forEach(r -> r.kpis().workloads().forEach(w -> workloads.putIfAbsent(w.workloadId(), w.name())));
        workloads.forEach((id, name) -> {
            List<Double> served = c.scenarios().stream().map(r -> servedShare(r, id)).toList();
            out.add(new CompareRow("Served share of peak demand: " + name, "%", served,
                    served.stream().map(v -> Double.isNaN(v) ? "—" : UnitFormat.percent(v)).toList(), OptionalInt.empty()));
        });
        return out;
    }

    /** The BOM difference from the first scenario to each of the others, in comparison order. */
    public static List<BomRow> bomChanges(ScenarioComparison c) {
        List<BomRow> out = new ArrayList<>();
        PlanReport base = c.scenarios().get(0);
        for (PlanReport other : c.scenarios().subList(1, c.scenarios().size())) {
            BomDifference.between(base, other).forEach(change -> out.add(new BomRow(other.scenarioName(), change)));
        }
        return out;
    }

    private static double servedShare(PlanReport r, String workloadId) {
        return r.kpis().workloads().stream().filter(w -> w.workloadId().equals(workloadId))
                .mapToDouble(WorkloadKpi::servedShareOfPeak).findFirst().orElse(Double.NaN);
    }
}
