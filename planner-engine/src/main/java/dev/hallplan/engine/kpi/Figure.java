package dev.hallplan.engine.kpi;

import java.util.function.ToDoubleFunction;

/**
 * Every headline figure of a plan, defined once: its label (the same in every output), its
 * quantity and where its value comes from (formulas in docs/kpi.md, "Figures"). No output prints
 * two different values under one label, and no output labels a figure its own way.
 */
public enum Figure {
    IT_FULL_LOAD(true, "IT load at planned full load", Quantity.POWER, k -> k.power().itFullLoadWatts()),
    FACILITY_FULL_LOAD(true, "Facility load at planned full load", Quantity.POWER, k -> k.power().facilityFullLoadWatts()),
    IT_PEAK_HOUR(true, "IT peak hour of the simulated year", Quantity.POWER, k -> k.power().itPeakHourWatts()),
    FACILITY_PEAK_HOUR(false, "Facility peak hour of the simulated year", Quantity.POWER, k -> k.power().facilityPeakHourWatts()),
    GRID_IMPORT_PEAK(false, "Grid import peak hour", Quantity.POWER, k -> k.power().gridImportPeakWatts()),
    NAMEPLATE_IT(false, "Nameplate IT", Quantity.POWER, k -> k.power().nameplateItWatts()),
    ANNUAL_PUE(true, "Annual PUE", Quantity.RATIO, k -> k.energy().annualPue()),
    ANNUAL_IT_ENERGY(false, "Annual IT energy", Quantity.ENERGY, k -> k.energy().annualItEnergyJoules()),
    ANNUAL_FACILITY_ENERGY(false, "Annual facility energy", Quantity.ENERGY, k -> k.energy().annualFacilityEnergyJoules()),
    ANNUAL_GRID_ENERGY(false, "Annual grid import", Quantity.ENERGY, k -> k.energy().annualGridEnergyJoules()),
    ANNUAL_CURTAILMENT(false, "Curtailed renewables", Quantity.ENERGY, k -> k.energy().annualCurtailedJoules()),
    UNSERVED_ENERGY(false, "Energy the supply could not deliver", Quantity.ENERGY, k -> k.energy().annualUnservedEnergyJoules()),
    UNSERVED_HOURS(false, "Hours the supply falls short", Quantity.COUNT, k -> k.energy().unservedHours()),
    OUTPUT_TOKENS_PER_SECOND(true, "Output tokens/s at peak demand", Quantity.TOKENS_PER_SECOND, k -> k.service().outputTokensPerSecond()),
    REQUESTS_PER_SECOND(false, "Requests/s at peak demand", Quantity.REQUESTS_PER_SECOND, k -> k.service().requestsPerSecond()),
    USD_PER_MILLION_TOKENS(true, "Cost per million output tokens", Quantity.USD_PER_MILLION_TOKENS,
            k -> k.cost().usdPerMillionOutputTokens()),
    /** The inverse of {@link #USD_PER_MILLION_TOKENS}: 1e6 / (USD per million output tokens), in output tokens per USD. */
    OUTPUT_TOKENS_PER_USD(false, "Output tokens per dollar", Quantity.TOKENS_PER_USD,
            k -> CostFigures.tokensPerUsd(k.cost().usdPerMillionOutputTokens())),
    OUTPUT_TOKENS_PER_KWH(true, "Output tokens per kWh", Quantity.TOKENS_PER_KWH, k -> k.service().outputTokensPerKwh()),
    CAPEX(true, "Capex", Quantity.USD, k -> k.cost().capexUsd()),
    ANNUAL_ENERGY_COST(false, "Annual energy cost", Quantity.USD, k -> k.cost().annualEnergyCostUsd()),
    ANNUAL_OPEX(false, "Annual opex", Quantity.USD, k -> k.cost().annualOpexUsd()),
    ANNUAL_TCO(true, "Annual TCO (amortised capex + opex)", Quantity.USD, k -> k.cost().annualTcoUsd()),
    RENEWABLE_SHARE(true, "Renewable share", Quantity.SHARE, k -> k.carbon().renewableShare()),
    CARBON_FREE_SHARE(true, "24/7 carbon-free share", Quantity.SHARE, k -> k.carbon().carbonFreeShare()),
    ANNUAL_EMISSIONS(true, "Annual emissions", Quantity.CO2E, k -> k.carbon().annualCo2eKg()),
    RACKS(false, "Racks", Quantity.COUNT, k -> k.floor().racks()),
    WHITE_SPACE(true, "White space", Quantity.AREA, k -> k.floor().whiteSpaceSquareMeters()),
    RACK_FOOTPRINT(false, "Rack footprint", Quantity.AREA, k -> k.floor().rackFootprintSquareMeters()),
    IT_PER_WHITE_SPACE(true, "IT load per m² of white space", Quantity.POWER_PER_AREA,
            k -> k.floor().whiteSpaceSquareMeters() > 0 ? k.power().itFullLoadWatts() / k.floor().whiteSpaceSquareMeters()
                    : Double.NaN),
    VIOLATIONS(true, "Violations", Quantity.COUNT, k -> k.violations().size());

    private final boolean headline;
    private final String label;
    private final Quantity quantity;
    private final ToDoubleFunction<PlanKpis> value;

    Figure(boolean headline, String label, Quantity quantity, ToDoubleFunction<PlanKpis> value) {
        this.headline = headline;
        this.label = label;
        this.quantity = quantity;
        this.value = value;
    }

    /** The one label of this figure, e.g. "IT load at planned full load". */
    public String label() {
        return label;
    }

    /** True for the few figures the PDF's first page shows as tiles; every output that lists figures shows the rest too. */
    public boolean headline() {
        return headline;
    }

    public Quantity quantity() {
        return quantity;
    }

    /** The figure's SI value in {@code kpis}. */
    public double valueIn(PlanKpis kpis) {
        return value.applyAsDouble(kpis);
    }
}
