package dev.hallplan.engine.facility;

import java.util.List;

/**
 * One rack where servers of the requested model fit (docs/facility-model.md, "Find space").
 *
 * @param rackId             the rack
 * @param rowId              its row
 * @param uPositions         lowest U of each server that fits, bottom up (its length is how many fit)
 * @param serverWatts        one server's nameplate draw
 * @param headroomWatts      the rack's headroom now: its effective limit ({@link RackLimit#loadWatts()}) minus its draw
 * @param limitedBy          what stops more servers going in: "power", "heat", "rack units", "row air cooling",
 *                           "row liquid cooling" or "hall capacity"
 */
public record SpaceOption(String rackId, String rowId, List<Integer> uPositions, double serverWatts, double headroomWatts,
        String limitedBy) {

    public SpaceOption {
        uPositions = List.copyOf(uPositions);
    }

    /** How many servers fit. */
    public int fits() {
        return uPositions.size();
    }

    /** Headroom left after {@code servers} of them go in. */
    public double headroomAfterWatts(int servers) {
        return headroomWatts - servers * serverWatts;
    }
}
