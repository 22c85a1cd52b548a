package dev.hallplan.engine.project;

import java.util.List;

/**
 * A row of rack positions on the hall floor.
 *
 * @param positions          number of rack positions in the row
 * @param pitchMeters        distance between position centres along the row
 * @param cooling            row or loop cooling units serving this row's racks (CRAH, CDU)
 * @param racks              racks standing in the row (fewer than positions when some are empty)
 */
public record Row(String id, int positions, double pitchMeters, List<CatalogCount> cooling, List<PlacedRack> racks) {
    public Row {
        Checks.id("row", id);
        if (positions < 1) {
            throw new IllegalArgumentException("row " + id + ": positions must be 1 or more, was " + positions);
        }
        Checks.positive("row " + id + " pitchMeters", pitchMeters);
        cooling = Checks.list(cooling);
        racks = Checks.list(racks);
    }

    public Row withRacks(List<PlacedRack> newRacks) {
        return new Row(id, positions, pitchMeters, cooling, newRacks);
    }
}
