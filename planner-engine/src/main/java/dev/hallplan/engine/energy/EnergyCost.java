package dev.hallplan.engine.energy;

/**
 * A year's energy bill, in USD.
 *
 * @param gridEnergyUsd   grid import times the hour's time-of-use price
 * @param demandChargeUsd each month's peak grid import (kW) times the demand charge, summed
 * @param renewableUsd    renewable generation (used and curtailed) times its price
 * @param firmSupplyUsd   on-site firm generation times its price
 */
public record EnergyCost(double gridEnergyUsd, double demandChargeUsd, double renewableUsd, double firmSupplyUsd) {
    public double totalUsd() {
        return gridEnergyUsd + demandChargeUsd + renewableUsd + firmSupplyUsd;
    }
}
