package dev.hallplan.engine.kpi;

import dev.hallplan.engine.facility.RackState;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One {@link RackReport} per rack from the halls' peak facility states. */
final class RackRows {
    private RackRows() {
    }

    static List<RackReport> of(List<HallPeak> halls) {
        List<RackReport> rows = new ArrayList<>();
        for (HallPeak peak : halls) {
            Map<String, RackState> states = new LinkedHashMap<>();
            peak.state().racks().forEach(r -> states.put(r.rackId(), r));
            List<Row> hallRows = peak.hall().rows();
            for (int ri = 0; ri < hallRows.size(); ri++) {
                Row row = hallRows.get(ri);
                for (PlacedRack rack : row.racks()) {
                    RackState s = states.get(rack.id());
                    if (s == null) {
                        continue;
                    }
                    rows.add(new RackReport(peak.hall().id(), rack.id(), row.id(), ri, rack.position(), rack.rackTypeId(),
                            s.cooling() == null ? "" : s.cooling().name(), equipment(rack), s.itWatts(),
                            s.powerLimitWatts(), s.liquidHeatWatts() + s.airHeatWatts(), s.heatLimitWatts()));
                }
            }
        }
        return rows;
    }

    /** "4× nvidia-hgx-h100-8, 1× nvidia-sn5600" in mounting order. */
    static String equipment(PlacedRack rack) {
        Map<String, Long> counts = rack.equipment().stream()
                .collect(Collectors.groupingBy(MountedEquipment::catalogId, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().map(e -> e.getValue() + "× " + e.getKey()).collect(Collectors.joining(", "));
    }
}
