package dev.hallplan.engine.energy;

/**
 * What moving deferrable work achieved, against the same year without moving it.
 *
 * @param energyMovedJoules  IT energy moved into surplus-renewable hours
 * @param costSavedUsd       total energy cost without shifting minus with shifting (negative: it cost more)
 * @param carbonSavedTonnes  tCO2e without shifting minus with shifting
 */
public record ShiftReport(double energyMovedJoules, double costSavedUsd, double carbonSavedTonnes) {
    public static final ShiftReport NONE = new ShiftReport(0, 0, 0);
}
