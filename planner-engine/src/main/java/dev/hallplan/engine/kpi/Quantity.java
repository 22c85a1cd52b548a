package dev.hallplan.engine.kpi;

import dev.hallplan.catalog.units.UnitFormat;

/**
 * What kind of number a figure is: its SI unit (as JSON and docs state it) and how it reads as
 * text, through {@link UnitFormat}, identically in the CLI, the desktop and the PDF.
 */
public enum Quantity {
    POWER("W"),
    ENERGY("J"),
    RATIO("1"),
    SHARE("1"),
    USD("USD"),
    USD_PER_MILLION_TOKENS("USD per million output tokens"),
    TOKENS_PER_USD("tokens/USD"),
    TOKENS_PER_SECOND("tokens/s"),
    REQUESTS_PER_SECOND("req/s"),
    TOKENS_PER_KWH("tokens/kWh"),
    CO2E("kg CO2e"),
    COUNT("count"),
    AREA("m²"),
    POWER_PER_AREA("W/m²");

    private final String siUnit;

    Quantity(String siUnit) {
        this.siUnit = siUnit;
    }

    /** The unit of the SI value, e.g. "W" (shares and ratios: "1"). */
    public String siUnit() {
        return siUnit;
    }

    /** The SI value as text for people, e.g. "14.3 MW", "1.32", "45.7%", "$0.28"; "n/a" for NaN. */
    public String text(double si) {
        if (Double.isNaN(si)) {
            return "n/a";
        }
        return switch (this) {
            case POWER -> UnitFormat.watts(si);
            case ENERGY -> UnitFormat.joulesAsWattHours(si);
            case RATIO -> UnitFormat.number(si);
            case SHARE -> UnitFormat.percent(si);
            case USD, USD_PER_MILLION_TOKENS -> UnitFormat.usd(si);
            case TOKENS_PER_SECOND -> UnitFormat.scaled(si, "tokens/s");
            case REQUESTS_PER_SECOND -> UnitFormat.scaled(si, "req/s");
            case TOKENS_PER_KWH -> UnitFormat.scaled(si, "tokens/kWh");
            case TOKENS_PER_USD -> UnitFormat.scaled(si, "tokens/$");
            case CO2E -> UnitFormat.kilogramsCo2AsTonnes(si);
            case COUNT -> String.format(java.util.Locale.ROOT, "%,d", Math.round(si));
            case AREA -> UnitFormat.number(si) + " m²";
            case POWER_PER_AREA -> UnitFormat.watts(si) + "/m²";
        };
    }
}
