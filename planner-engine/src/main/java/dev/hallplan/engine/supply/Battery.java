package dev.hallplan.engine.supply;

/**
 * A battery energy storage system.
 *
 * @param energyCapacityJoules   usable energy when full
 * @param powerWatts             largest charge or discharge rate
 * @param roundTripEfficiency    energy out / energy in over a full cycle (0..1]
 * @param minStateOfCharge       share of capacity kept in reserve (0..1)
 * @param priceUsd               installed cost
 */
public record Battery(
        double energyCapacityJoules,
        double powerWatts,
        double roundTripEfficiency,
        double minStateOfCharge,
        double priceUsd) {

    public Battery {
        if (!(energyCapacityJoules >= 0)) {
            throw new IllegalArgumentException("battery energyCapacityJoules must not be negative, was " + energyCapacityJoules);
        }
        if (!(powerWatts >= 0)) {
            throw new IllegalArgumentException("battery powerWatts must not be negative, was " + powerWatts);
        }
        if (!(roundTripEfficiency > 0 && roundTripEfficiency <= 1)) {
            throw new IllegalArgumentException("battery roundTripEfficiency must be within (0, 1], was " + roundTripEfficiency);
        }
        if (!(minStateOfCharge >= 0 && minStateOfCharge < 1)) {
            throw new IllegalArgumentException("battery minStateOfCharge must be within [0, 1), was " + minStateOfCharge);
        }
        if (!(priceUsd >= 0)) {
            throw new IllegalArgumentException("battery priceUsd must not be negative, was " + priceUsd);
        }
    }
}
