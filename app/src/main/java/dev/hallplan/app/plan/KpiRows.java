package dev.hallplan.app.plan;

import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.kpi.KeyFigure;
import dev.hallplan.engine.kpi.KeyFigures;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.kpi.WorkloadKpi;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan panel's rows: the engine's {@link KeyFigures} (the same labels and values as the
 * command line, the workbook and the PDF), then one line per workload.
 */
public final class KpiRows {
    private KpiRows() {
    }

    public static List<KpiRow> of(PlanReport r) {
        List<KpiRow> rows = new ArrayList<>();
        for (KeyFigure f : KeyFigures.of(r)) {
            rows.add(new KpiRow(f.label(), f.text()));
        }
        for (WorkloadKpi w : r.kpis().workloads()) {
            rows.add(new KpiRow(w.name(), w.replicas() + " replicas · " + UnitFormat.percent(w.servedShareOfPeak()) + " of peak served"));
        }
        return rows;
    }
}
