package dev.hallplan.engine.kpi;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.engine.energy.HallSimulation.HallYear;
import dev.hallplan.engine.energy.SupplyAdequacy;
import dev.hallplan.engine.energy.SupplyVerdicts;
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
            List<String> violations = new ArrayList<>(s.violations().stream().map(Violation::message).toList());
            violations.addAll(supplyViolations(p, yearOf.get(p.hall().id())));
            out.add(new HallReport(p.hall().id(), p.hall().name(), s.racks().size(), s.itWatts(), s.facilityWatts(),
                    s.fabricWatts(), EquipmentDraw.nameplateWatts(p.hall(), catalog), floor.whiteSpaceSquareMeters(),
                    floor.rackFootprintSquareMeters(), violations));
        }
        return out;
    }

    /**
     * The hall's supply, decided by the one supply-adequacy model: the plan's load against the
     * supply of every hour of the simulated year, then the hours the year simulation could not supply (docs/energy-model.md,
     * "Supply adequacy").
     */
    private static List<String> supplyViolations(HallPeak peak, HallYear year) {
        List<String> out = new ArrayList<>(2);
        if (year != null) {
            String id = peak.hall().id();
            SupplyVerdicts.forPlan(id, SupplyAdequacy.of(peak.hall().supply()), year.itLoad(), HallPue.of(peak.hall(), peak.state()))
                    .ifPresent(out::add);
            SupplyVerdicts.unserved(id, year.result()).ifPresent(out::add);
        }
        return out;
    }
}
