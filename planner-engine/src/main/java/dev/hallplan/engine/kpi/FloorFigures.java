package dev.hallplan.engine.kpi;

/**
 * A plan's floor, summed over its halls ({@code facility.FloorArea}).
 *
 * @param racks                      placed racks
 * @param whiteSpaceSquareMeters     the halls' white space: rows, aisles and clearances
 * @param rackFootprintSquareMeters  the racks' own footprint
 */
public record FloorFigures(int racks, double whiteSpaceSquareMeters, double rackFootprintSquareMeters) {
    /** White space per placed rack; NaN without racks. */
    public double whiteSpacePerRackSquareMeters() {
        return racks > 0 ? whiteSpaceSquareMeters / racks : Double.NaN;
    }
}
