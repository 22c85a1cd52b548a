package dev.hallplan.reports.pdf;

import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.reports.charts.ReportCharts;
import dev.hallplan.reports.compare.ComparisonMetric;
import dev.hallplan.reports.compare.MetricRow;
import dev.hallplan.reports.compare.ScenarioComparison;
import dev.hallplan.reports.compare.TcoTornadoDataset;
import dev.hallplan.reports.compare.SensitivityRow;
import dev.hallplan.reports.units.ReportUnits;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The procurement comparison pages: every metric side by side with the winner in bold green,
 * TCO by scenario as a chart, the price-sensitivity table and capex by BOM category.
 */
final class ComparisonPages {
    private final ReportCharts charts;

    ComparisonPages(ReportCharts charts) {
        this.charts = charts;
    }

    void write(PdfLayout out, ScenarioComparison c) throws IOException {
        List<String> names = c.scenarioNames();
        out.newPage();
        out.title("Scenario comparison", c.scenarios().get(0).projectName() + ": " + String.join(" vs ", names));
        out.paragraph("Same demand, different hardware. Best value per row in bold green. TCO over "
                + c.years() + " years = capex + " + c.years() + " × annual opex (undiscounted).", 9);
        List<List<PdfCell>> rows = new ArrayList<>();
        for (MetricRow m : c.metrics()) {
            List<PdfCell> row = new ArrayList<>();
            row.add(PdfCell.text(m.metric().label().replace("horizon", c.years() + " years")));
            for (int i = 0; i < names.size(); i++) {
                String text = m.metric().unit().text(m.valuesSi().get(i));
                row.add(isWinner(m.winner(), i) ? PdfCell.best(text) : PdfCell.number(text));
            }
            rows.add(row);
        }
        out.table(headers("Metric", names), widths(names.size()), rows);

        DefaultCategoryDataset tco = new DefaultCategoryDataset();
        MetricRow tcoRow = c.row(ComparisonMetric.TCO);
        for (int i = 0; i < names.size(); i++) {
            tco.addValue(ReportUnits.millionsUsd(tcoRow.valuesSi().get(i)), "TCO", names.get(i));
        }
        // 90 pt: a few bars still read well, and the capex table below fits on the first page
        out.drawing(90, g -> charts.scenarioBars("TCO over " + c.years() + " years", "$M", tco)
                .draw(g, PdfLayout.area(90)));

        out.heading("Price sensitivity: TCO over " + c.years() + " years and cost per million tokens");
        List<List<PdfCell>> sens = new ArrayList<>();
        for (SensitivityRow s : c.sensitivity()) {
            List<PdfCell> row = new ArrayList<>();
            row.add(PdfCell.text(s.label()));
            for (int i = 0; i < names.size(); i++) {
                String text = UnitFormat.usd(s.tcoUsd().get(i)) + "  (" + perMillion(s.usdPerMillionTokens().get(i)) + ")";
                row.add(isWinner(s.winner(), i) ? PdfCell.best(text) : PdfCell.number(text));
            }
            sens.add(row);
        }
        out.table(headers("Price case", names), widths(names.size()), sens);
        out.paragraph("Hardware = BOM lines other than facility; energy = the months' energy cost. "
                + "TCO(e, h) = capex + h × hardware + years × (opex + e × energy). Cost per million tokens in brackets.", 8);
        // the same tornado the desktop's compare view shows: 2 bars per scenario, ~17 pt each
        float tornadoHeight = 70 + 34 * names.size();
        out.drawing(tornadoHeight, g -> charts.tornado("TCO over " + c.years() + " years: prices ±"
                + Math.round(c.swing() * 100) + "%", TcoTornadoDataset.millionsUsd(c)).draw(g, PdfLayout.area(tornadoHeight)));

        out.heading("Capex by BOM category");
        List<List<PdfCell>> bom = new ArrayList<>();
        for (Map.Entry<String, List<Double>> e : c.bomByCategory().entrySet()) {
            List<PdfCell> row = new ArrayList<>();
            row.add(PdfCell.text(e.getKey()));
            e.getValue().forEach(v -> row.add(PdfCell.number(UnitFormat.usd(v))));
            bom.add(row);
        }
        out.table(headers("Category", names), widths(names.size()), bom);
    }

    private static String perMillion(double usd) {
        return Double.isNaN(usd) ? "n/a" : UnitFormat.usd(usd) + "/M";
    }

    private static boolean isWinner(OptionalInt winner, int i) {
        return winner.isPresent() && winner.getAsInt() == i;
    }

    private static List<String> headers(String first, List<String> names) {
        List<String> h = new ArrayList<>();
        h.add(first);
        h.addAll(names);
        return h;
    }

    private static float[] widths(int scenarios) {
        float[] w = new float[scenarios + 1];
        w[0] = 0.3f;
        for (int i = 1; i <= scenarios; i++) {
            w[i] = 0.7f / scenarios;
        }
        return w;
    }
}
