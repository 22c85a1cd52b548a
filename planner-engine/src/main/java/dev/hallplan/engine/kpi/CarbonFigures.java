package dev.hallplan.engine.kpi;

/**
 * A plan's renewable and carbon figures over the simulated year.
 *
 * @param renewableShare   renewable energy used (direct and from the battery) / facility energy (0..1)
 * @param carbonFreeShare  hourly-matched 24/7 carbon-free share (0..1)
 * @param annualCo2eKg     grid and firm-supply emissions
 */
public record CarbonFigures(double renewableShare, double carbonFreeShare, double annualCo2eKg) {
}
