package dev.hallplan.engine.facility;

import dev.hallplan.catalog.CoolingType;

/**
 * Power usage effectiveness (facility power / IT power) as a function of cooling mix, IT load
 * fraction and ambient temperature. The formula and the sources of its anchor points are in
 * docs/facility-model.md ("PUE"); every coefficient here is an ESTIMATE fitted to those anchors.
 *
 * <pre>
 * PUE = 1 + electrical(L) + fixed(L) + sum over cooling types t of share_t * cooling_t(T)
 * electrical(L) = 0.015 + 0.010 * (1 - L)          default chain losses when no chain is modelled
 * fixed(L)      = 0.010 / max(L, 0.05)              lighting, controls, offices: constant watts
 * cooling_t(T)  = base_t + slope_t * max(0, T - freeCooling_t)
 * </pre>
 */
public final class PueModel {
    /** Anchor conditions: the published PUE ranges are read as annual values at this load and mean ambient. */
    public static final double REFERENCE_LOAD_FRACTION = 0.75;
    public static final double REFERENCE_AMBIENT_CELSIUS = 15;

    private static final double FIXED_SHARE_AT_FULL_LOAD = 0.010;
    private static final double MIN_LOAD_FRACTION = 0.05;

    /** Per cooling type: base overhead, slope per °C above the free-cooling limit, free-cooling limit (°C). */
    private record Coefficients(double base, double slopePerCelsius, double freeCoolingCelsius) {
    }

    // Fitted so that PUE at 15 °C and 75 % load hits the middle of each sourced range:
    // air 1.55, rear-door 1.35, direct liquid 1.15, immersion 1.05 (the top of its vendor-leaning range).
    private static final Coefficients AIR = new Coefficients(0.369, 0.015, 5);
    private static final Coefficients REAR_DOOR = new Coefficients(0.269, 0.010, 10);
    private static final Coefficients DIRECT_LIQUID = new Coefficients(0.119, 0.006, 20);
    private static final Coefficients IMMERSION = new Coefficients(0.019, 0.004, 25);

    private PueModel() {
    }

    /** PUE of a hall without a modelled power chain (default electrical losses). */
    public static double pue(CoolingMix mix, double itLoadFraction, double ambientCelsius) {
        return 1 + defaultElectricalLossShare(itLoadFraction) + fixedShare(itLoadFraction) + coolingShare(mix, ambientCelsius);
    }

    /** Cooling power per watt of IT load for the mix at {@code ambientCelsius}. */
    public static double coolingShare(CoolingMix mix, double ambientCelsius) {
        double s = 0;
        for (CoolingType t : CoolingType.values()) {
            double share = mix.share(t);
            if (share > 0) {
                s += share * coolingShare(t, ambientCelsius);
            }
        }
        return s;
    }

    /** Cooling power per watt of IT load in racks of {@code type}; non-decreasing in ambient. */
    public static double coolingShare(CoolingType type, double ambientCelsius) {
        Coefficients c = switch (type) {
            case AIR -> AIR;
            case REAR_DOOR_HX -> REAR_DOOR;
            case DIRECT_LIQUID -> DIRECT_LIQUID;
            case IMMERSION -> IMMERSION;
        };
        return c.base() + c.slopePerCelsius() * Math.max(0, ambientCelsius - c.freeCoolingCelsius());
    }

    /** Constant facility loads (lighting, controls) per watt of IT load: grows as the hall empties. */
    public static double fixedShare(double itLoadFraction) {
        return FIXED_SHARE_AT_FULL_LOAD / Math.max(clamp(itLoadFraction), MIN_LOAD_FRACTION);
    }

    /** Transformer + UPS + PDU losses per watt of IT load, used when a hall has no power chain in the project. */
    public static double defaultElectricalLossShare(double itLoadFraction) {
        return 0.015 + 0.010 * (1 - clamp(itLoadFraction));
    }

    private static double clamp(double loadFraction) {
        return Math.max(0, Math.min(1, loadFraction));
    }
}
