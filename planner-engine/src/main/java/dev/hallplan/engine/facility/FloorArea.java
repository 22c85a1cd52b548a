package dev.hallplan.engine.facility;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.RackType;
import dev.hallplan.engine.project.FloorLayout;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.Row;
import java.util.List;

/**
 * A hall's floor (docs/facility-model.md, "Floor area"): the white space its rows need with
 * aisles and clearances, beside the footprint of the racks alone. Rows stand side by side, fronts
 * facing fronts across cold aisles and backs facing backs across hot aisles:
 * <pre>
 * length = max over rows (positions × pitch) + 2 × row-end clearance
 * depth  = Σ rows' depth + Σ aisles between rows (cold, hot, cold, ...) + 2 × perimeter clearance
 * white space = length × depth
 * </pre>
 * A row's depth is its deepest rack type (an empty row takes {@value #EMPTY_ROW_DEPTH_METERS} m).
 *
 * @param whiteSpaceSquareMeters    the rectangle above
 * @param rackFootprintSquareMeters Σ placed racks' width × depth
 * @param lengthMeters              along the rows
 * @param depthMeters               across the rows
 */
public record FloorArea(double whiteSpaceSquareMeters, double rackFootprintSquareMeters, double lengthMeters,
        double depthMeters) {
    /** Depth of a row without racks: the common 1.2 m rack (docs/catalog.md). */
    static final double EMPTY_ROW_DEPTH_METERS = 1.2;

    public static FloorArea of(Hall hall, Catalog catalog) {
        FloorLayout layout = hall.floorLayout();
        List<Row> rows = hall.rows();
        if (rows.isEmpty()) {
            return new FloorArea(0, 0, 0, 0);
        }
        double longest = 0;
        double depth = 2 * layout.perimeterClearanceMeters();
        double footprint = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            longest = Math.max(longest, row.positions() * row.pitchMeters());
            double rowDepth = 0;
            for (PlacedRack rack : row.racks()) {
                RackType type = catalog.rackType(rack.rackTypeId()).orElse(null);
                if (type != null) {
                    rowDepth = Math.max(rowDepth, type.depthMeters());
                    footprint += type.footprintSquareMeters();
                }
            }
            depth += rowDepth > 0 ? rowDepth : EMPTY_ROW_DEPTH_METERS;
            if (i < rows.size() - 1) {
                depth += layout.aisleAfterRowMeters(i);
            }
        }
        double length = longest + 2 * layout.rowEndClearanceMeters();
        return new FloorArea(length * depth, footprint, length, depth);
    }
}
