package dev.hallplan.app.designer;

import dev.hallplan.engine.facility.HallState;
import dev.hallplan.engine.facility.RowState;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The floor of one hall as the designer draws it, at one moment: rows placed to scale, each
 * position's rack figures (null where the position is empty), and the facility model's hall state.
 * Immutable; a new one follows every edit.
 *
 * @param lengthMeters along the rows, with row-end clearances
 * @param depthMeters  across the rows, with aisles and perimeter clearances
 * @param state        the facility model's live state at nameplate
 */
public record FloorSnapshot(String hallId, String hallName, List<RowView> rows, double lengthMeters, double depthMeters,
        double rowEndMeters, HallState state, int mostAccelerators) {

    public FloorSnapshot {
        rows = List.copyOf(rows);
    }

    /**
     * One row on the floor.
     *
     * @param yMeters         distance of the row's front-or-back edge nearest the top from the top wall
     * @param depthMeters     the row's deepest rack type (1.2 m when empty)
     * @param frontFacesDown  true when the racks' fronts face the aisle below (cold aisles lie between facing fronts)
     * @param byPosition      rack figures per position, null for an empty one
     */
    public record RowView(String rowId, int index, int positions, double pitchMeters, double yMeters, double depthMeters,
            boolean frontFacesDown, List<RackFigures> byPosition, RowState state) {
        public RowView {
            byPosition = Collections.unmodifiableList(byPosition);
        }

        /** Cooling capacity of the row: CRAH plus CDU. */
        public double coolingWatts() {
            return state.airCapacityWatts() + state.liquidCapacityWatts();
        }

        /** Heat of the row: air plus liquid. */
        public double heatWatts() {
            return state.airHeatWatts() + state.liquidHeatWatts();
        }
    }

    /** Every placed rack, in row order. */
    public List<RackFigures> racks() {
        return rows.stream().flatMap(r -> r.byPosition().stream()).filter(java.util.Objects::nonNull).toList();
    }

    public Optional<RackFigures> rack(String rackId) {
        return Optional.ofNullable(index().get(rackId));
    }

    private Map<String, RackFigures> index() {
        Map<String, RackFigures> byId = new HashMap<>();
        racks().forEach(r -> byId.put(r.rackId(), r));
        return byId;
    }
}
