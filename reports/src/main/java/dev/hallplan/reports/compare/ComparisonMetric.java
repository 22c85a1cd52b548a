package dev.hallplan.reports.compare;

import dev.hallplan.engine.kpi.PlanKpis;
import dev.hallplan.engine.kpi.PlanReport;

import java.util.function.ToDoubleFunction;

/**
 * The metrics procurement compares scenarios on, each with its unit and which direction wins.
 * Scenarios serve the same demand, so less power, floor, money and carbon is better; more tokens,
 * tokens per kWh and renewable share is better.
 */
public enum ComparisonMetric {
    CAPEX("Capex", MetricUnit.USD, false, r -> r.kpis().capexUsd()),
    ANNUAL_ENERGY("Annual facility energy", MetricUnit.MEGAWATT_HOURS, false, r -> r.kpis().annualFacilityEnergyJoules()),
    ANNUAL_OPEX("Annual opex", MetricUnit.USD, false, r -> r.kpis().annualOpexUsd()),
    /** Placeholder extractor; the value depends on the horizon, see {@link #value(PlanReport, int)}. */
    TCO("TCO over horizon", MetricUnit.USD, false, r -> Double.NaN),
    IT_POWER("IT power at peak", MetricUnit.MEGAWATTS, false, r -> r.kpis().itPeakWatts()),
    FACILITY_POWER("Facility power at peak", MetricUnit.MEGAWATTS, false, r -> r.kpis().facilityPeakWatts()),
    RACKS("Racks", MetricUnit.COUNT, false, r -> r.kpis().racks()),
    FLOOR_AREA("Floor area", MetricUnit.SQUARE_METERS, false, r -> r.kpis().floorAreaSquareMeters()),
    TOKENS_PER_SECOND("Output tokens/s served", MetricUnit.TOKENS_PER_SECOND, true, r -> r.kpis().outputTokensPerSecond()),
    USD_PER_MILLION_TOKENS("Cost per million output tokens", MetricUnit.USD_PER_MILLION_TOKENS, false,
            r -> r.kpis().usdPerMillionOutputTokens()),
    TOKENS_PER_KWH("Output tokens per kWh", MetricUnit.TOKENS_PER_KWH, true, r -> r.kpis().outputTokensPerKwh()),
    RENEWABLE_SHARE("Renewable share", MetricUnit.SHARE, true, r -> r.kpis().renewableShare()),
    CARBON_FREE_SHARE("24/7 carbon-free share", MetricUnit.SHARE, true, r -> r.kpis().carbonFreeShare()),
    CO2E("Annual emissions", MetricUnit.TONNES_CO2E, false, r -> r.kpis().annualCo2eKg());

    private final String label;
    private final MetricUnit unit;
    private final boolean higherIsBetter;
    private final ToDoubleFunction<PlanReport> extractor;

    ComparisonMetric(String label, MetricUnit unit, boolean higherIsBetter, ToDoubleFunction<PlanReport> extractor) {
        this.label = label;
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
        this.extractor = extractor;
    }

    public String label() {
        return label;
    }

    public MetricUnit unit() {
        return unit;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /**
     * The metric's SI value for {@code report}; TCO is capex + {@code years} × annual opex
     * (undiscounted), the other metrics ignore {@code years}.
     */
    public double value(PlanReport report, int years) {
        if (this == TCO) {
            return tcoUsd(report.kpis(), years);
        }
        return extractor.applyAsDouble(report);
    }

    /** Capex + years × annual opex, undiscounted, in USD. */
    public static double tcoUsd(PlanKpis kpis, int years) {
        return kpis.capexUsd() + years * kpis.annualOpexUsd();
    }
}
