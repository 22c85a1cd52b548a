package dev.hallplan.engine.kpi;

/**
 * A plan's energy over the simulated year, summed over its halls.
 *
 * @param annualPue                   facility energy / IT energy
 * @param annualItEnergyJoules        IT energy
 * @param annualFacilityEnergyJoules  facility energy (IT × hourly PUE)
 * @param annualGridEnergyJoules      energy imported from the grid
 */
public record EnergyFigures(double annualPue, double annualItEnergyJoules, double annualFacilityEnergyJoules,
        double annualGridEnergyJoules) {
}
