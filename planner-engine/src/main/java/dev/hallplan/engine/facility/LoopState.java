package dev.hallplan.engine.facility;

import java.util.List;

/**
 * One liquid cooling loop: the CDUs of one catalog model serving a row. A row's liquid heat is
 * shared over its loops in proportion to their capacity.
 *
 * @param loopId    {@code rowId/cduCatalogId}
 * @param units     CDUs in the loop
 */
public record LoopState(String loopId, String rowId, String cduCatalogId, int units, double capacityWatts, double heatWatts,
        List<Violation> violations) {

    public LoopState {
        violations = List.copyOf(violations);
    }

    public double headroomWatts() {
        return capacityWatts - heatWatts;
    }
}
