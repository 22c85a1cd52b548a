package dev.hallplan.engine.kpi;

/**
 * A plan's energy over the simulated year, summed over its halls. Energy is what ran: hours the
 * supply could not meet count only their served part (docs/kpi.md).
 *
 * @param annualPue                   facility energy / IT energy
 * @param annualItEnergyJoules        IT energy that ran
 * @param annualFacilityEnergyJoules  facility energy the supply delivered (IT × hourly PUE)
 * @param annualGridEnergyJoules      energy imported from the grid
 * @param annualUnservedEnergyJoules  facility energy the supply could not deliver
 * @param unservedHours               hours of the year in which some hall's supply fell short
 * @param annualCurtailedJoules       renewable energy the year could neither use nor store (including
 *                                    grid-delivered output beyond the tie-in)
 */
public record EnergyFigures(double annualPue, double annualItEnergyJoules, double annualFacilityEnergyJoules,
        double annualGridEnergyJoules, double annualUnservedEnergyJoules, int unservedHours, double annualCurtailedJoules) {

    /** A fully supplied year without curtailment. */
    public EnergyFigures(double annualPue, double annualItEnergyJoules, double annualFacilityEnergyJoules,
            double annualGridEnergyJoules) {
        this(annualPue, annualItEnergyJoules, annualFacilityEnergyJoules, annualGridEnergyJoules, 0, 0, 0);
    }
}
