package dev.hallplan.app.designer;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.RackType;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.engine.facility.HallState;
import dev.hallplan.engine.facility.RackState;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.kpi.RackReport;
import dev.hallplan.engine.project.FloorLayout;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.Row;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link FloorSnapshot} from a hall, its live state and (when there is one) the plan
 * report. Rows stand as {@code facility.FloorArea} lays them out (docs/facility-model.md, "Floor
 * area"): stacked across the hall with cold and hot aisles alternating, fronts facing fronts
 * across cold aisles.
 */
final class FloorSnapshots {
    private static final double EMPTY_ROW_DEPTH_METERS = 1.2;

    private FloorSnapshots() {
    }

    /** @param report nullable: no plan report (the peak overlay then shows nothing) */
    static FloorSnapshot of(Hall hall, HallState state, Catalog catalog, PlanReport report) {
        Map<String, RackState> states = new HashMap<>();
        state.racks().forEach(r -> states.put(r.rackId(), r));
        Map<String, Double> planned = new HashMap<>();
        if (report != null) {
            for (RackReport r : report.racks()) {
                if (r.hallId().equals(hall.id())) {
                    planned.put(r.rackId(), r.powerWatts());
                }
            }
        }
        FloorLayout layout = hall.floorLayout();
        List<FloorSnapshot.RowView> rows = new ArrayList<>();
        double y = layout.perimeterClearanceMeters();
        double longest = 0;
        int most = 0;
        for (int i = 0; i < hall.rows().size(); i++) {
            Row row = hall.rows().get(i);
            RackFigures[] byPosition = new RackFigures[row.positions()];
            double depth = 0;
            for (PlacedRack rack : row.racks()) {
                RackType type = catalog.rackType(rack.rackTypeId()).orElse(null);
                depth = Math.max(depth, type == null ? 0 : type.depthMeters());
                RackFigures f = figures(rack, i, row.id(), type, states.get(rack.id()), catalog, planned.getOrDefault(rack.id(), Double.NaN));
                most = Math.max(most, f.accelerators());
                if (rack.position() < byPosition.length) {
                    byPosition[rack.position()] = f;
                }
            }
            depth = depth > 0 ? depth : EMPTY_ROW_DEPTH_METERS;
            rows.add(new FloorSnapshot.RowView(row.id(), i, row.positions(), row.pitchMeters(), y, depth, i % 2 == 0,
                    Arrays.asList(byPosition), state.rows().get(i)));
            y += depth + (i < hall.rows().size() - 1 ? layout.aisleAfterRowMeters(i) : 0);
            longest = Math.max(longest, row.positions() * row.pitchMeters());
        }
        double length = longest + 2 * layout.rowEndClearanceMeters();
        return new FloorSnapshot(hall.id(), hall.name(), rows, length, y + layout.perimeterClearanceMeters(),
                layout.rowEndClearanceMeters(), state, most);
    }

    private static RackFigures figures(PlacedRack rack, int rowIndex, String rowId, RackType type, RackState s, Catalog catalog,
                                       double plannedWatts) {
        int accelerators = 0;
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (MountedEquipment e : rack.equipment()) {
            accelerators += catalog.server(e.catalogId()).map(ServerModel::acceleratorCount).orElse(0);
            counts.merge(e.catalogId(), 1, Integer::sum);
        }
        StringBuilder summary = new StringBuilder();
        counts.forEach((id, n) -> summary.append(summary.length() == 0 ? "" : ", ").append(n).append("× ").append(id));
        return new RackFigures(rack.id(), rowId, rowIndex, rack.position(), rack.rackTypeId(), type == null ? rack.rackTypeId() : type.name(),
                s.cooling(), s.itWatts(), s.powerLimitWatts(), s.heatLimitWatts(), rack.feeds().feedCapacityWatts(),
                rack.feeds().feedCount(), plannedWatts, accelerators, s.usedUnits(), s.heightUnits(), summary.toString(),
                s.violations().stream().map(v -> v.message()).toList());
    }
}
