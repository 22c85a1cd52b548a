package dev.hallplan.reports.compare;

import dev.hallplan.engine.kpi.Figure;
import dev.hallplan.engine.kpi.PlanKpis;
import dev.hallplan.engine.kpi.PlanReport;

/**
 * The metrics procurement compares scenarios on, each one of the engine's {@link Figure}s (its
 * label and value) with which direction wins, plus the TCO over a horizon. Scenarios serve the same
 * demand, so less power, floor, money and carbon is better; more tokens, tokens per kWh and
 * renewable share is better.
 */
public enum ComparisonMetric {
    CAPEX(Figure.CAPEX, false),
    ANNUAL_ENERGY(Figure.ANNUAL_FACILITY_ENERGY, false),
    ANNUAL_OPEX(Figure.ANNUAL_OPEX, false),
    /** Capex + years × annual opex; the value depends on the horizon, see {@link #value(PlanReport, int)}. */
    TCO(null, false),
    IT_POWER(Figure.IT_FULL_LOAD, false),
    FACILITY_POWER(Figure.FACILITY_FULL_LOAD, false),
    NAMEPLATE_IT(Figure.NAMEPLATE_IT, false),
    RACKS(Figure.RACKS, false),
    WHITE_SPACE(Figure.WHITE_SPACE, false),
    TOKENS_PER_SECOND(Figure.OUTPUT_TOKENS_PER_SECOND, true),
    USD_PER_MILLION_TOKENS(Figure.USD_PER_MILLION_TOKENS, false),
    TOKENS_PER_USD(Figure.OUTPUT_TOKENS_PER_USD, true),
    TOKENS_PER_KWH(Figure.OUTPUT_TOKENS_PER_KWH, true),
    RENEWABLE_SHARE(Figure.RENEWABLE_SHARE, true),
    CARBON_FREE_SHARE(Figure.CARBON_FREE_SHARE, true),
    CO2E(Figure.ANNUAL_EMISSIONS, false);

    private final Figure figure;
    private final boolean higherIsBetter;

    ComparisonMetric(Figure figure, boolean higherIsBetter) {
        this.figure = figure;
        this.higherIsBetter = higherIsBetter;
    }

    public String label() {
        return figure == null ? "TCO over horizon" : figure.label();
    }

    public MetricUnit unit() {
        return figure == null ? MetricUnit.USD : MetricUnit.of(figure.quantity());
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /**
     * The metric's SI value for {@code report}; TCO is capex + {@code years} × annual opex
     * (undiscounted), the other metrics ignore {@code years}.
     */
    public double value(PlanReport report, int years) {
        return figure == null ? tcoUsd(report.kpis(), years) : figure.valueIn(report.kpis());
    }

    /** Capex + years × annual opex, undiscounted, in USD. */
    public static double tcoUsd(PlanKpis kpis, int years) {
        return kpis.capexUsd() + years * kpis.annualOpexUsd();
    }
}
