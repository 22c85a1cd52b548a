package dev.hallplan.engine.supply;

import java.util.Objects;

/**
 * What grid energy costs.
 *
 * @param energyUsdPerMwh             time-of-use energy price per hour (see {@link HourlyProfile})
 * @param demandChargeUsdPerKwMonth   charge on each month's peak grid draw
 */
public record Tariff(HourlyProfile energyUsdPerMwh, double demandChargeUsdPerKwMonth) {
    public Tariff {
        Objects.requireNonNull(energyUsdPerMwh, "energyUsdPerMwh");
        if (energyUsdPerMwh.min() < 0) {
            throw new IllegalArgumentException("tariff energy prices must not be negative");
        }
        if (!(demandChargeUsdPerKwMonth >= 0)) {
            throw new IllegalArgumentException("demandChargeUsdPerKwMonth must not be negative, was " + demandChargeUsdPerKwMonth);
        }
    }
}
