package dev.hallplan.engine.facility;

import java.util.List;

/**
 * One row under a load: its racks' draw and heat against its CRAHs (air) and CDUs (liquid).
 *
 * @param airCapacityWatts     heat the row's CRAH units remove
 * @param liquidCapacityWatts  heat the row's CDU loops remove
 */
public record RowState(
        String rowId,
        double itWatts,
        double airHeatWatts,
        double liquidHeatWatts,
        double airCapacityWatts,
        double liquidCapacityWatts,
        List<Violation> violations) {

    public RowState {
        violations = List.copyOf(violations);
    }

    public double airHeadroomWatts() {
        return airCapacityWatts - airHeatWatts;
    }

    public double liquidHeadroomWatts() {
        return liquidCapacityWatts - liquidHeatWatts;
    }
}
