package dev.hallplan.reports.pdf;

import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.kpi.Assumption;
import dev.hallplan.engine.kpi.BomLine;
import dev.hallplan.engine.kpi.HallReport;
import dev.hallplan.engine.kpi.KeyFigure;
import dev.hallplan.engine.kpi.KeyFigures;
import dev.hallplan.engine.kpi.PlanKpis;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.kpi.RackReport;
import dev.hallplan.engine.kpi.WorkloadKpi;
import dev.hallplan.reports.charts.FloorPlanRenderer;
import dev.hallplan.reports.charts.ReportCharts;
import dev.hallplan.reports.compare.MetricUnit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The executive report pages of one scenario: title and KPIs, workloads, charts, BOM summary by
 * category, risks and violations, floor plans per hall, assumptions and sources.
 */
final class PlanPages {
    private final ReportCharts charts;
    private final FloorPlanRenderer floorPlan;

    PlanPages(ReportCharts charts) {
        this.charts = charts;
        this.floorPlan = new FloorPlanRenderer(charts.theme());
    }

    void write(PdfLayout out, PlanReport report) throws IOException {
        PlanKpis k = report.kpis();
        out.newPage();
        out.title(report.projectName(), "Scenario: " + report.scenarioName());
        if (!report.scenarioDescription().isBlank()) {
            out.paragraph(report.scenarioDescription(), 10);
        }
        out.heading("Key figures");
        List<String[]> tiles = new ArrayList<>();
        for (KeyFigure f : KeyFigures.headline(report)) {
            tiles.add(new String[]{f.label(), f.text()});
        }
        out.tiles(tiles, 3);

        out.heading("Workloads: capacity against peak demand");
        List<List<PdfCell>> rows = new ArrayList<>();
        for (WorkloadKpi w : k.workloads()) {
            double share = w.peakDemandRequestsPerSecond() > 0
                    ? w.capacityRequestsPerSecond() / w.peakDemandRequestsPerSecond() : Double.NaN;
            rows.add(List.of(PdfCell.text(w.name()), PdfCell.text(w.modelId()), PdfCell.number(String.valueOf(w.replicas())),
                    PdfCell.number(UnitFormat.scaled(w.peakDemandRequestsPerSecond(), "req/s")),
                    PdfCell.number(UnitFormat.scaled(w.capacityRequestsPerSecond(), "req/s")),
                    share < 1 ? PdfCell.warning(UnitFormat.percent(share)) : PdfCell.number(UnitFormat.percent(share)),
                    PdfCell.number(w.outputTokensPerSecond() > 0 ? UnitFormat.scaled(w.outputTokensPerSecond(), "") : "–")));
        }
        out.table(List.of("Workload", "Model", "Replicas", "Peak demand", "Capacity", "Capacity / demand", "Tokens/s"),
                new float[]{0.19f, 0.19f, 0.1f, 0.14f, 0.14f, 0.13f, 0.11f}, rows);
        for (WorkloadKpi w : k.workloads()) {
            if (w.demandUnmet() && !w.unmetDemandReason().isEmpty()) {
                out.paragraph(w.name() + ": " + UnitFormat.percent(w.unmetShareOfPeak()) + " of peak demand unmet: "
                        + w.unmetDemandReason(), 9);
            }
            if (!w.preferenceText().isEmpty()) {
                out.paragraph(w.name() + " prefers " + w.preferenceText(), 9);
            }
        }
        out.drawing(190, g -> charts.capacityVsDemand(report).draw(g, PdfLayout.area(190)));

        out.newPage();
        out.heading("Energy and renewable supply");
        out.drawing(280, g -> charts.energyByMonth(report).draw(g, PdfLayout.area(280)));
        out.heading("Cost");
        out.drawing(250, g -> charts.costBreakdown(report).draw(g, PdfLayout.area(250)));

        bomSummary(out, report);
        risks(out, k);
        floorPlans(out, report);
        assumptions(out, report.assumptions());
    }

    private static void bomSummary(PdfLayout out, PlanReport report) throws IOException {
        // keep the table on one page: heading, header and one line per category and the total
        out.ensure(60 + 17f * (report.bom().stream().map(BomLine::category).distinct().count() + 2));
        out.heading("Bill of materials by category");
        Map<String, double[]> byCategory = new LinkedHashMap<>();
        for (BomLine l : report.bom()) {
            double[] v = byCategory.computeIfAbsent(l.category(), c -> new double[4]);
            v[0]++;
            v[1] += l.quantity();
            v[2] += l.extendedPriceUsd();
            v[3] += l.quantity() * l.powerWattsEach();
        }
        double total = report.bomTotalUsd();
        List<List<PdfCell>> rows = new ArrayList<>();
        for (Map.Entry<String, double[]> e : byCategory.entrySet()) {
            double[] v = e.getValue();
            rows.add(List.of(PdfCell.text(e.getKey()), PdfCell.number(String.valueOf((long) v[0])),
                    PdfCell.number(String.format(java.util.Locale.ROOT, "%,d", (long) v[1])),
                    PdfCell.number(UnitFormat.usd(v[2])),
                    PdfCell.number(total > 0 ? UnitFormat.percent(v[2] / total) : "–"),
                    PdfCell.number(v[3] > 0 ? UnitFormat.watts(v[3]) : "–")));
        }
        rows.add(List.of(new PdfCell("Total", false, false), PdfCell.number(String.valueOf(report.bom().size())),
                PdfCell.number(""), PdfCell.number(UnitFormat.usd(total)), PdfCell.number("100%"), PdfCell.number("")));
        out.table(List.of("Category", "Lines", "Quantity", "Capex", "Share", "Nameplate power"),
                new float[]{0.26f, 0.1f, 0.14f, 0.18f, 0.14f, 0.18f}, rows);
        long missing = report.bom().stream().filter(BomLine::priceMissing).count();
        if (missing > 0) {
            out.paragraph(missing + " BOM line(s) have no catalog price and count as $0 above.", 8.5f);
        }
    }

    private static void risks(PdfLayout out, PlanKpis k) throws IOException {
        out.heading("Risks and violations");
        if (k.violations().isEmpty()) {
            out.paragraph("No hard-constraint violations and all demand is served.", 10);
        }
        for (String v : k.violations()) {
            out.paragraph("• " + v, 10);
        }
    }

    private void floorPlans(PdfLayout out, PlanReport report) throws IOException {
        Set<String> halls = new LinkedHashSet<>();
        report.racks().forEach(r -> halls.add(r.hallId()));
        boolean first = true;
        for (String hallId : halls) {
            HallReport hall = report.hall(hallId).orElseThrow();
            float height = 330;
            if (first) {
                out.newPage();
                out.heading("Floor plans: racks coloured by power use");
                first = false;
            } else {
                out.ensure(height + 6);
            }
            out.drawing(height, g -> floorPlan.draw(g, PdfLayout.area(height), hall, report.racks()));
        }
    }

    private static void assumptions(PdfLayout out, List<Assumption> assumptions) throws IOException {
        out.newPage();
        out.heading("Assumptions and sources");
        List<List<PdfCell>> rows = new ArrayList<>();
        for (Assumption a : assumptions) {
            rows.add(List.of(PdfCell.text(a.category()), PdfCell.text(a.name()), PdfCell.text(a.value()),
                    PdfCell.text(a.source())));
        }
        out.table(List.of("Category", "Assumption", "Value", "Source"),
                new float[]{0.14f, 0.24f, 0.24f, 0.38f}, rows);
    }
}
