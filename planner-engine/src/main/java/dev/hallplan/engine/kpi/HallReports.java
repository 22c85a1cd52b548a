package dev.hallplan.engine.kpi;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.engine.energy.HallSimulation.HallYear;
import dev.hallplan.engine.facility.EquipmentDraw;
import dev.hallplan.engine.facility.FloorArea;
import dev.hallplan.engine.facility.HallState;
import dev.hallplan.engine.facility.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One {@link HallReport} per hall from its facility state at planned full load and its simulated year. */
final class HallReports {
    private HallReports() {
    }

    static List<HallReport> of(List<HallPeak> peaks, List<HallYear> years, Catalog catalog) {
        Map<String, HallYear> yearOf = new HashMap<>();
        years.forEach(y -> yearOf.put(y.hallId(), y));
        List<HallReport> out = new ArrayList<>(peaks.size());
        for (HallPeak p : peaks) {
            HallState s = p.state();
            FloorArea floor = FloorArea.of(p.hall(), catalog);
            out.add(new HallReport(p.hall().id(), p.hall().name(), s.racks().size(), s.itWatts(), s.facilityWatts(),
                    s.fabricWatts(), EquipmentDraw.nameplateWatts(p.hall(), catalog), floor.whiteSpaceSquareMeters(),
                    floor.rackFootprintSquareMeters(), violations(s, yearOf.get(p.hall().id()), false),
                    violations(s, yearOf.get(p.hall().id()), true)));
        }
        return out;
    }

    /**
     * The facility model's violations at planned full load: the broken limits, or ({@code covered})
     * the notes on a covered grid breach. The static grid check knows only the
     * tie-in and firm supply; when the year simulation shows on-site supply and the battery cover
     * every hour, the breach is not a broken limit and is left out here (issue 18 replaces the
     * static check with an hourly supply model).
     */
    private static List<String> violations(HallState state, HallYear year, boolean covered) {
        List<String> out = new ArrayList<>();
        for (Violation v : state.violations()) {
            boolean isCovered = v.kind() == Violation.Kind.GRID_CAPACITY && year != null && year.result().unservedHours().isEmpty();
            if (isCovered == covered) {
                out.add(covered ? v.message() + " at planned full load; on-site supply and battery cover it in every simulated hour"
                        : v.message());
            }
        }
        return out;
    }
}
