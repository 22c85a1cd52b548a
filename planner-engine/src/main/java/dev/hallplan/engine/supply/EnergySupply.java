package dev.hallplan.engine.supply;

import java.util.List;
import java.util.Objects;

/**
 * Everything that supplies a hall with energy and what it costs and emits.
 *
 * @param gridTieInWatts            largest import the grid connection allows
 * @param firmSupplyWatts           dispatchable on-site supply (e.g. gas turbines, fuel cells) counted as firm at the peak hour
 * @param renewables                renewable sources (may be empty)
 * @param battery                   nullable: no battery
 * @param gridCarbonGramsPerKwh     hourly grid carbon intensity (gCO2e/kWh)
 * @param tariff                    grid energy and demand prices
 */
public record EnergySupply(
        double gridTieInWatts,
        double firmSupplyWatts,
        List<RenewableSource> renewables,
        Battery battery,
        HourlyProfile gridCarbonGramsPerKwh,
        Tariff tariff) {

    public EnergySupply {
        if (!(gridTieInWatts >= 0)) {
            throw new IllegalArgumentException("gridTieInWatts must not be negative, was " + gridTieInWatts);
        }
        if (!(firmSupplyWatts >= 0)) {
            throw new IllegalArgumentException("firmSupplyWatts must not be negative, was " + firmSupplyWatts);
        }
        renewables = renewables == null ? List.of() : List.copyOf(renewables);
        Objects.requireNonNull(gridCarbonGramsPerKwh, "gridCarbonGramsPerKwh");
        Objects.requireNonNull(tariff, "tariff");
        if (gridCarbonGramsPerKwh.min() < 0) {
            throw new IllegalArgumentException("grid carbon intensity must not be negative");
        }
    }
}
