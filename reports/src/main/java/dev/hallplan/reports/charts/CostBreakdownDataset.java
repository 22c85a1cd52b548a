package dev.hallplan.reports.charts;

import dev.hallplan.engine.kpi.BomLine;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.reports.units.ReportUnits;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Capex by BOM category and annual opex split into energy and the rest, in millions of USD, as
 * two stacked columns ("Capex", "Annual opex").
 *
 * <p>Capex rows are the BOM's extended prices summed per category (in BOM order); when the KPI
 * capex exceeds the BOM total the difference is a row "other capex". Opex rows are "energy"
 * (the sum of the months' energy cost) and "maintenance and other" (annual opex minus energy,
 * never below 0).
 */
public final class CostBreakdownDataset {
    public static final String CAPEX = "Capex";
    public static final String OPEX = "Annual opex";
    public static final String OTHER_CAPEX = "other capex";
    public static final String ENERGY = "energy";
    public static final String MAINTENANCE = "maintenance and other";

    private CostBreakdownDataset() {
    }

    /** Capex per BOM category in USD, in BOM order (the basis of the chart and the PDF's BOM summary). */
    public static Map<String, Double> capexByCategoryUsd(PlanReport report) {
        Map<String, Double> byCategory = new LinkedHashMap<>();
        for (BomLine line : report.bom()) {
            byCategory.merge(line.category(), line.extendedPriceUsd(), Double::sum);
        }
        return byCategory;
    }

    /** Rows are cost categories, columns {@link #CAPEX} and {@link #OPEX}, values in $M. */
    public static DefaultCategoryDataset millionsUsd(PlanReport report) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, Double> capex = capexByCategoryUsd(report);
        double bomTotal = capex.values().stream().mapToDouble(Double::doubleValue).sum();
        double otherCapex = report.kpis().capexUsd() - bomTotal;
        if (otherCapex > 0) {
            capex.put(OTHER_CAPEX, otherCapex);
        }
        double energy = report.kpis().cost().annualEnergyCostUsd();
        double maintenance = Math.max(0, report.kpis().annualOpexUsd() - energy);
        for (Map.Entry<String, Double> e : capex.entrySet()) {
            data.addValue(ReportUnits.millionsUsd(e.getValue()), e.getKey(), CAPEX);
            data.addValue(0.0, e.getKey(), OPEX);
        }
        data.addValue(0.0, ENERGY, CAPEX);
        data.addValue(ReportUnits.millionsUsd(energy), ENERGY, OPEX);
        data.addValue(0.0, MAINTENANCE, CAPEX);
        data.addValue(ReportUnits.millionsUsd(maintenance), MAINTENANCE, OPEX);
        return data;
    }
}
