package dev.hallplan.reports.excel;

import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.reports.compare.ScenarioComparison;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the plan workbook (.xlsx): Summary, BOM, Racks, Deployments, Energy, Assumptions, and a
 * Compare sheet first when several scenarios are written. Sheets with formulas and charts are
 * built in memory (XSSF) and their formulas evaluated so the file carries cached values for
 * viewers that do not recalculate; Racks and Deployments, which grow with the hall, are streamed
 * (SXSSF) as plain values. Excel is also told to recalculate everything on open. Every sheet is
 * set up to print ({@link SheetPrint}), the Summary's key figures carry names
 * ({@link KeyFigureNames}) and the file carries title, author and subject properties.
 */
public final class WorkbookWriter {
    /** Sheet names of one scenario, in workbook order. */
    public static final List<String> SCENARIO_SHEETS =
            List.of("Summary", "BOM", "Racks", "Deployments", "Energy", "Assumptions");
    public static final String COMPARE_SHEET = "Compare";
    /** Rows of a streamed sheet kept in memory. */
    private static final int STREAM_WINDOW = 200;
    /** Excel's sheet-name limit is 31 characters; leave room for " Deployments". */
    private static final int PREFIX_LENGTH = 18;

    /** Writes one scenario's workbook to {@code out} (not closed). */
    public void write(PlanReport report, OutputStream out) throws IOException {
        write(List.of(report), null, out);
    }

    /**
     * Writes the comparison workbook: the Compare sheet, then every scenario's sheets prefixed with
     * its (shortened) name, e.g. "H200 halls BOM".
     */
    public void writeComparison(ScenarioComparison comparison, OutputStream out) throws IOException {
        write(comparison.scenarios(), comparison, out);
    }

    private void write(List<PlanReport> scenarios, ScenarioComparison comparison, OutputStream out) throws IOException {
        try (XSSFWorkbook xssf = new XSSFWorkbook()) {
            ExcelStyles styles = new ExcelStyles(xssf);
            describe(xssf, scenarios, comparison != null);
            List<String> order = new ArrayList<>();
            if (comparison != null) {
                var compare = xssf.createSheet(COMPARE_SHEET);
                CompareSheet.write(compare, comparison, styles);
                SheetPrint.apply(compare, scenarios.get(0).projectName() + " / scenario comparison");
                order.add(COMPARE_SHEET);
            }
            List<String> prefixes = prefixes(scenarios, comparison != null);
            for (int i = 0; i < scenarios.size(); i++) {
                PlanReport report = scenarios.get(i);
                String p = prefixes.get(i);
                var summary = xssf.createSheet(p + "Summary");
                var bom = xssf.createSheet(p + "BOM");
                String bomTotal = BomSheet.write(bom, report.bom(), styles);
                SummarySheet.write(summary, report, Cells.quoted(bom.getSheetName()) + "!" + bomTotal, styles);
                KeyFigureNames.define(summary, comparison != null);
                var energy = xssf.createSheet(p + "Energy");
                EnergySheet.write(energy, report.monthlyEnergy(), styles);
                var assumptions = xssf.createSheet(p + "Assumptions");
                AssumptionSheet.write(assumptions, report.assumptions(), styles);
                for (var sheet : List.of(summary, bom, energy, assumptions)) {
                    SheetPrint.apply(sheet, footer(report));
                }
                SCENARIO_SHEETS.forEach(s -> order.add(p + s));
            }
            XSSFFormulaEvaluator.evaluateAllFormulaCells(xssf);
            xssf.setForceFormulaRecalculation(true);

            SXSSFWorkbook streamed = new SXSSFWorkbook(xssf, STREAM_WINDOW);
            try {
                for (int i = 0; i < scenarios.size(); i++) {
                    String p = prefixes.get(i);
                    var racks = streamed.createSheet(p + "Racks");
                    RackSheet.write(racks, scenarios.get(i).racks(), styles);
                    var deployments = streamed.createSheet(p + "Deployments");
                    DeploymentSheet.write(deployments, scenarios.get(i).deployments(), styles);
                    SheetPrint.apply(racks, footer(scenarios.get(i)));
                    SheetPrint.apply(deployments, footer(scenarios.get(i)));
                }
                for (int i = 0; i < order.size(); i++) {
                    streamed.setSheetOrder(order.get(i), i);
                }
                streamed.setActiveSheet(0);
                streamed.write(out);
            } finally {
                streamed.dispose();
            }
        }
    }

    private static String footer(PlanReport report) {
        return report.projectName() + " / " + report.scenarioName();
    }

    /** Title, author and subject of the file (File > Properties in Excel). */
    private static void describe(XSSFWorkbook xssf, List<PlanReport> scenarios, boolean comparison) {
        var core = xssf.getProperties().getCoreProperties();
        String project = scenarios.isEmpty() ? "HallPlan" : scenarios.get(0).projectName();
        core.setTitle(project + (comparison ? ": scenario comparison"
                : scenarios.isEmpty() ? "" : ": " + scenarios.get(0).scenarioName()));
        core.setCreator("HallPlan");
        core.setSubjectProperty(comparison ? "BOM, energy and TCO comparison of " + scenarios.size() + " scenarios"
                : "AI-inference hall plan: power, energy, throughput, cost and carbon");
        core.setKeywords("HallPlan; data center; AI inference; capacity plan");
        xssf.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("HallPlan");
    }

    /** "" for a single scenario; otherwise a unique, Excel-safe short name plus a space per scenario. */
    static List<String> prefixes(List<PlanReport> scenarios, boolean several) {
        List<String> prefixes = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < scenarios.size(); i++) {
            if (!several) {
                prefixes.add("");
                continue;
            }
            String base = WorkbookUtil.createSafeSheetName(scenarios.get(i).scenarioName(), '_').strip();
            base = base.isEmpty() ? "S" + (i + 1) : base;
            base = base.length() > PREFIX_LENGTH ? base.substring(0, PREFIX_LENGTH).strip() : base;
            String candidate = base;
            int k = 2;
            while (!used.add(candidate.toLowerCase(java.util.Locale.ROOT))) {
                String suffix = "~" + k++;
                candidate = base.substring(0, Math.min(base.length(), PREFIX_LENGTH - suffix.length())) + suffix;
            }
            prefixes.add(candidate + " ");
        }
        return prefixes;
    }
}
