package dev.hallplan.engine.facility;

import dev.hallplan.catalog.CoolingType;

/**
 * Heat to remove, split by where it goes: room air (the row's CRAHs) or liquid (the row's CDU
 * loops). All electrical power becomes heat, so a draw in watts is a heat load in watts.
 *
 * @param airWatts     heat left in the room air
 * @param liquidWatts  heat carried away by liquid (cold plates, a rear-door coil, an immersion tank)
 */
public record HeatLoad(double airWatts, double liquidWatts) {
    public static final HeatLoad NONE = new HeatLoad(0, 0);

    public HeatLoad {
        if (!(airWatts >= 0) || !(liquidWatts >= 0)) {
            throw new IllegalArgumentException("heat must not be negative, was " + airWatts + " W air, " + liquidWatts + " W liquid");
        }
    }

    /** {@code watts} of draw in a rack cooled by {@code rackCooling}, from equipment whose own liquid-captured share is {@code liquidHeatFraction}. */
    public static HeatLoad of(double watts, CoolingType rackCooling, double liquidHeatFraction) {
        double liquid = watts * liquidShare(rackCooling, liquidHeatFraction);
        return new HeatLoad(watts - liquid, liquid);
    }

    /**
     * The share of a piece of equipment's heat that liquid carries: none in an air rack (a
     * liquid-cooled server there is a {@code COOLING_TYPE} violation and counts as air), the
     * equipment's own liquid fraction under cold plates, all of it with a rear-door coil or in an
     * immersion tank. A rack of unknown type ({@code rackCooling} null) counts as air.
     */
    public static double liquidShare(CoolingType rackCooling, double liquidHeatFraction) {
        if (rackCooling == null) {
            return 0;
        }
        return switch (rackCooling) {
            case AIR -> 0;
            case DIRECT_LIQUID -> liquidHeatFraction;
            case REAR_DOOR_HX, IMMERSION -> 1;
        };
    }

    public double watts() {
        return airWatts + liquidWatts;
    }

    public HeatLoad plus(HeatLoad other) {
        return new HeatLoad(airWatts + other.airWatts, liquidWatts + other.liquidWatts);
    }
}
