package dev.hallplan.engine.facility;

/**
 * Water usage effectiveness (litres of site water per kWh of IT energy) of evaporative heat
 * rejection. Formula and sources in docs/facility-model.md ("WUE"); the ambient curve is an ESTIMATE.
 *
 * <pre>
 * WUE = evaporativeShare * 1.84 L/kWh * wet(T)
 * 1.84 L/kWh = 3.6 MJ / 2.45 MJ/kg (latent heat of water at ~20 °C) * 5/4 (blowdown at 5 cycles of concentration)
 * wet(T) = clamp(0.2 + 0.03 * T, 0.2, 1)   share of heat rejected by evaporation rather than dry
 * </pre>
 */
public final class WueModel {
    /** Make-up water per kWh of heat rejected wholly by evaporation. */
    public static final double FULL_EVAPORATION_LITRES_PER_KWH = 3.6 / 2.45 * 5.0 / 4.0;

    private WueModel() {
    }

    /**
     * @param evaporativeShare share (0..1) of the hall's heat-rejection plant that is evaporative
     *                         (water-cooled chillers with cooling towers); 0 for dry coolers only
     */
    public static double litresPerKwh(double evaporativeShare, double ambientCelsius) {
        if (!(evaporativeShare >= 0 && evaporativeShare <= 1)) {
            throw new IllegalArgumentException("evaporativeShare must be within 0..1, was " + evaporativeShare);
        }
        double wet = Math.max(0.2, Math.min(1, 0.2 + 0.03 * ambientCelsius));
        return evaporativeShare * FULL_EVAPORATION_LITRES_PER_KWH * wet;
    }
}
