package dev.hallplan.engine.supply;

/**
 * Dispatchable on-site generation (gas turbines, engines, fuel cells), used after the grid when
 * the grid tie-in is exhausted.
 *
 * @param powerWatts           largest output
 * @param carbonGramsPerKwh    emissions of its output
 * @param energyUsdPerMwh      fuel and running cost of its output
 */
public record FirmSupply(double powerWatts, double carbonGramsPerKwh, double energyUsdPerMwh) {
    /**
     * Defaults for a gas-fired unit when the project gives only its size: 490 g/kWh (IPCC AR5 WG3
     * Annex III life-cycle median for gas combined cycle, an ESTIMATE for simple-cycle units which
     * emit more) and $90/MWh fuel and O&amp;M (an ESTIMATE).
     */
    public static final double DEFAULT_CARBON_GRAMS_PER_KWH = 490;
    public static final double DEFAULT_ENERGY_USD_PER_MWH = 90;

    public static final FirmSupply NONE = new FirmSupply(0, 0, 0);

    public FirmSupply {
        if (!(powerWatts >= 0) || !(carbonGramsPerKwh >= 0) || !(energyUsdPerMwh >= 0)) {
            throw new IllegalArgumentException("firm supply power, carbon and price must not be negative: "
                    + powerWatts + " W, " + carbonGramsPerKwh + " g/kWh, " + energyUsdPerMwh + " USD/MWh");
        }
    }

    /** A gas-fired unit of {@code powerWatts} with the default carbon and price estimates. */
    public static FirmSupply gasEstimate(double powerWatts) {
        return new FirmSupply(powerWatts, DEFAULT_CARBON_GRAMS_PER_KWH, DEFAULT_ENERGY_USD_PER_MWH);
    }
}
