package dev.hallplan.engine.facility;

import dev.hallplan.engine.project.Redundancy;

/**
 * One stage of the power chain (UPS or transformers) under a load.
 *
 * @param modelled         false when the project lists no equipment for this stage: no losses, no limit
 * @param units            installed units
 * @param installedWatts   sum of the units' rated capacity
 * @param usableWatts      capacity the load may use at the redundancy (N: all; N+1: all but the largest unit; 2N: half)
 * @param loadWatts        output the stage delivers
 * @param efficiency       output / input at the stage's load fraction, from the catalog curves
 */
public record PowerStage(boolean modelled, Redundancy redundancy, int units, double installedWatts, double usableWatts,
        double loadWatts, double efficiency) {

    static PowerStage notModelled(double loadWatts) {
        return new PowerStage(false, Redundancy.N, 0, 0, Double.POSITIVE_INFINITY, loadWatts, 1);
    }

    public double inputWatts() {
        return loadWatts / efficiency;
    }

    public double lossWatts() {
        return inputWatts() - loadWatts;
    }

    /** Load over installed capacity, the point on the efficiency curve; 0 when not modelled. */
    public double loadFraction() {
        return installedWatts > 0 ? loadWatts / installedWatts : 0;
    }

    public double headroomWatts() {
        return usableWatts - loadWatts;
    }
}
