package dev.hallplan.reports.compare;

import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.reports.units.ReportUnits;
import java.util.function.DoubleUnaryOperator;

/**
 * How a comparison metric's SI value is shown: as text (through {@link UnitFormat}) and as a
 * workbook cell (display unit in the header, an Excel number format).
 */
public enum MetricUnit {
    USD("$", "$#,##0", v -> v),
    MEGAWATT_HOURS("MWh", "#,##0", ReportUnits::megawattHours),
    MEGAWATTS("MW", "#,##0.00", ReportUnits::megawatts),
    COUNT("count", "#,##0", v -> v),
    SQUARE_METERS("m²", "#,##0", v -> v),
    TOKENS_PER_SECOND("tokens/s", "#,##0", v -> v),
    USD_PER_MILLION_TOKENS("$/M tokens", "$#,##0.000", v -> v),
    TOKENS_PER_KWH("tokens/kWh", "#,##0", v -> v),
    SHARE("%", "0.0%", v -> v),
    TONNES_CO2E("tCO2e", "#,##0", ReportUnits::tonnes);

    private final String header;
    private final String excelFormat;
    private final DoubleUnaryOperator toDisplay;

    MetricUnit(String header, String excelFormat, DoubleUnaryOperator toDisplay) {
        this.header = header;
        this.excelFormat = excelFormat;
        this.toDisplay = toDisplay;
    }

    /** Unit written in a column or row header, e.g. "MWh". */
    public String header() {
        return header;
    }

    /** Excel number format for {@link #cellValue}. */
    public String excelFormat() {
        return excelFormat;
    }

    /** The SI value converted to the header's unit (shares stay fractions; the cell format shows %). */
    public double cellValue(double si) {
        return toDisplay.applyAsDouble(si);
    }

    /** The SI value as text for people. */
    public String text(double si) {
        if (Double.isNaN(si)) {
            return "n/a";
        }
        return switch (this) {
            case USD -> UnitFormat.usd(si);
            case MEGAWATT_HOURS -> UnitFormat.joulesAsWattHours(si);
            case MEGAWATTS -> UnitFormat.watts(si);
            case COUNT -> String.format(java.util.Locale.ROOT, "%,d", Math.round(si));
            case SQUARE_METERS -> UnitFormat.number(si) + " m²";
            case TOKENS_PER_SECOND -> UnitFormat.scaled(si, "tokens/s");
            case USD_PER_MILLION_TOKENS -> UnitFormat.usd(si) + "/M tokens";
            case TOKENS_PER_KWH -> UnitFormat.scaled(si, "tokens/kWh");
            case SHARE -> UnitFormat.percent(si);
            case TONNES_CO2E -> UnitFormat.kilogramsCo2AsTonnes(si);
        };
    }
}
