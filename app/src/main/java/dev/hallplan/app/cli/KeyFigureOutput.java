package dev.hallplan.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.kpi.HallReport;
import dev.hallplan.engine.kpi.KeyFigure;
import dev.hallplan.engine.kpi.KeyFigures;
import dev.hallplan.engine.kpi.PlanKpis;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.kpi.WorkloadKpi;
import java.io.PrintWriter;

/**
 * The plan report's key figures ({@link KeyFigures}) as the commands print them: one line per
 * figure in text, one object per figure in JSON, each with the label every output uses.
 */
final class KeyFigureOutput {
    private KeyFigureOutput() {
    }

    /** The workloads table: replicas, share of peak served, capacity and peak demand. */
    static void workloads(PrintWriter o, PlanKpis k) {
        o.printf("  %-18s %8s %10s %12s %12s%n", "workload", "replicas", "served", "capacity", "peak demand");
        for (WorkloadKpi w : k.workloads()) {
            o.printf("  %-18s %8d %10s %12s %12s%n", w.workloadId(), w.replicas(), UnitFormat.percent(w.servedShareOfPeak()),
                    UnitFormat.number(w.capacityRequestsPerSecond()) + "/s", UnitFormat.number(w.peakDemandRequestsPerSecond()) + "/s");
        }
    }

    /** One "  label  value" line per key figure. */
    static void print(PrintWriter out, PlanReport report) {
        for (KeyFigure f : KeyFigures.of(report)) {
            out.printf("  %-52s %s%n", f.label(), f.text());
        }
    }

    /**
     * {@code [{"figure": "IT_FULL_LOAD", "label": "IT load at planned full load", "unit": "W",
     * "value": 349000.0, "text": "349 kW"}, ...]}; a value the plan does not have is null.
     */
    static ArrayNode json(ObjectMapper mapper, PlanReport report) {
        ArrayNode out = mapper.createArrayNode();
        for (KeyFigure f : KeyFigures.of(report)) {
            ObjectNode n = out.addObject().put("figure", f.figure().name()).put("label", f.label())
                    .put("unit", f.figure().quantity().siUnit());
            if (Double.isFinite(f.siValue())) {
                n.put("value", f.siValue());
            } else {
                n.putNull("value");
            }
            n.put("text", f.text());
        }
        return out;
    }

    /** Each hall at planned full load: its IT, facility, fabric and nameplate watts, white space and broken limits. */
    static ArrayNode halls(ObjectMapper mapper, PlanReport report) {
        ArrayNode out = mapper.createArrayNode();
        for (HallReport h : report.halls()) {
            out.add(mapper.valueToTree(h));
        }
        return out;
    }
}
