package dev.hallplan.reports.compare;

import dev.hallplan.engine.kpi.Quantity;
import dev.hallplan.reports.units.ReportUnits;
import java.util.function.DoubleUnaryOperator;

/**
 * How a figure's SI value is shown in a workbook cell (display unit in the header, an Excel number
 * format), for each engine {@link Quantity}; as text it reads exactly as the engine's
 * {@link Quantity#text} gives it, so the workbook, the PDF, the CLI and the desktop agree.
 */
public enum MetricUnit {
    USD(Quantity.USD, "$", "$#,##0", v -> v),
    MEGAWATT_HOURS(Quantity.ENERGY, "MWh", "#,##0", ReportUnits::megawattHours),
    MEGAWATTS(Quantity.POWER, "MW", "#,##0.000", ReportUnits::megawatts),
    RATIO(Quantity.RATIO, "ratio", "0.000", v -> v),
    COUNT(Quantity.COUNT, "count", "#,##0", v -> v),
    SQUARE_METERS(Quantity.AREA, "m²", "#,##0", v -> v),
    KILOWATTS_PER_SQUARE_METER(Quantity.POWER_PER_AREA, "kW/m²", "#,##0.00", ReportUnits::kilowatts),
    TOKENS_PER_SECOND(Quantity.TOKENS_PER_SECOND, "tokens/s", "#,##0", v -> v),
    REQUESTS_PER_SECOND(Quantity.REQUESTS_PER_SECOND, "req/s", "#,##0", v -> v),
    USD_PER_MILLION_TOKENS(Quantity.USD_PER_MILLION_TOKENS, "$/M tokens", "$#,##0.000", v -> v),
    TOKENS_PER_KWH(Quantity.TOKENS_PER_KWH, "tokens/kWh", "#,##0", v -> v),
    TOKENS_PER_USD(Quantity.TOKENS_PER_USD, "tokens/$", "#,##0", v -> v),
    SHARE(Quantity.SHARE, "%", "0.0%", v -> v),
    TONNES_CO2E(Quantity.CO2E, "tCO2e", "#,##0", ReportUnits::tonnes);

    private final Quantity quantity;
    private final String header;
    private final String excelFormat;
    private final DoubleUnaryOperator toDisplay;

    MetricUnit(Quantity quantity, String header, String excelFormat, DoubleUnaryOperator toDisplay) {
        this.quantity = quantity;
        this.header = header;
        this.excelFormat = excelFormat;
        this.toDisplay = toDisplay;
    }

    /** The workbook unit of an engine quantity. */
    public static MetricUnit of(Quantity quantity) {
        for (MetricUnit u : values()) {
            if (u.quantity == quantity) {
                return u;
            }
        }
        throw new IllegalArgumentException("no workbook unit for " + quantity);
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

    /** The SI value back from a cell in the header's unit (the inverse of {@link #cellValue}). */
    public double siValue(double cell) {
        double one = toDisplay.applyAsDouble(1);
        return cell / one;
    }

    /** The SI value as text for people: the engine's {@link Quantity#text}. */
    public String text(double si) {
        return quantity.text(si);
    }
}
