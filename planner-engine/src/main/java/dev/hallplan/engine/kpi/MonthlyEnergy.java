package dev.hallplan.engine.kpi;

/**
 * One month of the hourly year simulation, summed.
 *
 * @param month   1 = January
 */
public record MonthlyEnergy(
        int month,
        double itEnergyJoules,
        double facilityEnergyJoules,
        double renewableUsedJoules,
        double batteryDischargeJoules,
        double gridImportJoules,
        double curtailedJoules,
        double peakGridWatts,
        double co2eKg,
        double energyCostUsd) {
}
