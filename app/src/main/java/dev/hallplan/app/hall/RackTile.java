package dev.hallplan.app.hall;

/**
 * One rack as the floor plan draws it.
 *
 * @param rowIndex      0-based row on the floor
 * @param position      0-based position within the row
 * @param powerUse      rack power as a share of its limit (0..), NaN when unknown
 */
public record RackTile(String rackId, int rowIndex, int position, double powerUse, String label) {
}
