package dev.hallplan.engine.kpi;

/**
 * One rack of a planned hall with its load and limits, for the Racks sheet and the floor plan.
 *
 * @param rowIndex         0-based row on the hall floor
 * @param position         0-based position within the row
 * @param equipment        readable list of what is mounted, e.g. "4× nvidia-hgx-h100-8, 1× nvidia-sn5600"
 * @param powerWatts       electrical draw at planned full load (every replica at capacity)
 * @param powerLimitWatts  the rack's power limit: one feed, its PDU and the rack type, the smallest ({@code facility.RackLimit})
 * @param heatWatts        heat to remove at planned full load
 * @param heatLimitWatts   its cooling type's removal limit
 */
public record RackReport(
        String hallId,
        String rackId,
        String rowId,
        int rowIndex,
        int position,
        String rackTypeId,
        String cooling,
        String equipment,
        double powerWatts,
        double powerLimitWatts,
        double heatWatts,
        double heatLimitWatts) {

    /** Power as a share of the limit (above 1 means overloaded). */
    public double powerUse() {
        return powerLimitWatts > 0 ? powerWatts / powerLimitWatts : Double.NaN;
    }

    public double powerHeadroomWatts() {
        return powerLimitWatts - powerWatts;
    }
}
