package dev.hallplan.app.plan;

import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.kpi.PlanKpis;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.kpi.WorkloadKpi;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan panel's key figures of a report: the one place the desktop turns a {@link PlanReport}
 * into labelled figures (to be replaced by the engine-side key-figures presenter the CLI shares).
 */
public final class KeyFigures {
    private KeyFigures() {
    }

    public static List<KpiRow> of(PlanReport r) {
        PlanKpis k = r.kpis();
        List<KpiRow> rows = new ArrayList<>();
        rows.add(new KpiRow("IT / facility power at peak", UnitFormat.watts(k.itPeakWatts()) + " / " + UnitFormat.watts(k.facilityPeakWatts())));
        rows.add(new KpiRow("Annual PUE", UnitFormat.number(k.annualPue())));
        rows.add(new KpiRow("Output tokens/s at peak", UnitFormat.number(k.outputTokensPerSecond())));
        rows.add(new KpiRow("$ per million output tokens",
                Double.isNaN(k.usdPerMillionOutputTokens()) ? "-" : UnitFormat.usd(k.usdPerMillionOutputTokens())));
        rows.add(new KpiRow("Capex / annual TCO", UnitFormat.usd(k.capexUsd()) + " / " + UnitFormat.usd(k.annualTcoUsd())));
        rows.add(new KpiRow("Renewable / 24/7 carbon-free", UnitFormat.percent(k.renewableShare()) + " / " + UnitFormat.percent(k.carbonFreeShare())));
        rows.add(new KpiRow("Emissions per year", UnitFormat.kilogramsCo2AsTonnes(k.annualCo2eKg())));
        for (WorkloadKpi w : k.workloads()) {
            rows.add(new KpiRow(w.name(), w.replicas() + " replicas · " + UnitFormat.percent(w.servedShareOfPeak()) + " of peak served"));
        }
        return rows;
    }
}
