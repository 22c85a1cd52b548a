package dev.hallplan.engine.facility;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CoolingUnit;
import dev.hallplan.catalog.CoolingUnit.CoolingUnitKind;
import dev.hallplan.engine.facility.Violation.Kind;
import dev.hallplan.engine.facility.Violation.Level;
import dev.hallplan.engine.project.CatalogCount;
import dev.hallplan.engine.project.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A row's heat against its cooling units: air heat against the row's CRAHs, liquid heat against
 * its CDU loops, shared over the loops in proportion to their capacity.
 */
final class RowCoolingEvaluator {
    private final Catalog catalog;

    RowCoolingEvaluator(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The row's state; its loops are appended to {@code loopsOut}. */
    RowState evaluate(Row row, List<RackState> racks, List<LoopState> loopsOut) {
        double it = 0;
        double air = 0;
        double liquid = 0;
        for (RackState r : racks) {
            it += r.itWatts();
            air += r.airHeatWatts();
            liquid += r.liquidHeatWatts();
        }
        RowCooling capacity = RowCooling.of(row, catalog);
        double crah = capacity.airWatts();
        double cdu = capacity.liquidWatts();
        List<CatalogCount> cduCounts = new ArrayList<>(1);
        List<Double> cduCapacities = new ArrayList<>(1);
        for (CatalogCount c : row.cooling()) {
            Optional<CoolingUnit> u = catalog.coolingUnit(c.catalogId());
            if (u.isPresent() && u.get().kind() == CoolingUnitKind.CDU) {
                cduCounts.add(c);
                cduCapacities.add(c.count() * u.get().capacityWatts());
            }
        }
        List<Violation> violations = new ArrayList<>(0);
        if (air > crah) {
            violations.add(new Violation(Level.ROW, row.id(), Kind.ROW_AIR_COOLING, air, crah,
                    "Row " + row.id() + ": " + Violation.ACTUAL + " air heat > " + Violation.LIMIT + " CRAH capacity"));
        }
        if (liquid > 0 && cdu == 0) {
            violations.add(new Violation(Level.ROW, row.id(), Kind.LIQUID_COOLING, liquid, 0,
                    "Row " + row.id() + ": " + Violation.ACTUAL + " liquid heat and no CDU in the row"));
        }
        for (int i = 0; i < cduCounts.size(); i++) {
            CatalogCount c = cduCounts.get(i);
            double cap = cduCapacities.get(i);
            double heat = liquid * cap / cdu;
            String loopId = row.id() + "/" + c.catalogId();
            List<Violation> lv = heat > cap
                    ? List.of(new Violation(Level.LOOP, loopId, Kind.LIQUID_COOLING, heat, cap,
                            "Loop " + loopId + ": " + Violation.ACTUAL + " > " + Violation.LIMIT + " CDU capacity"))
                    : List.of();
            loopsOut.add(new LoopState(loopId, row.id(), c.catalogId(), c.count(), cap, heat, lv));
        }
        return new RowState(row.id(), it, air, liquid, crah, cdu, violations);
    }

    /**
     * A hall's heat-rejection plant.
     *
     * @param capacityWatts    heat the chillers and dry coolers reject together
     * @param evaporativeWatts the chillers' part (water-cooled, with cooling towers)
     */
    record PlantCapacity(double capacityWatts, double evaporativeWatts) {
        double evaporativeShare() {
            return capacityWatts > 0 ? evaporativeWatts / capacityWatts : 0;
        }
    }

    /** Heat-rejection plant capacity (chillers, dry coolers) and its evaporative (chiller) part. */
    PlantCapacity plantCapacity(List<CatalogCount> plant) {
        double total = 0;
        double evaporative = 0;
        for (CatalogCount c : plant) {
            Optional<CoolingUnit> u = catalog.coolingUnit(c.catalogId());
            if (u.isEmpty()) {
                continue;
            }
            double cap = c.count() * u.get().capacityWatts();
            if (u.get().kind() == CoolingUnitKind.CHILLER) {
                total += cap;
                evaporative += cap;
            } else if (u.get().kind() == CoolingUnitKind.DRY_COOLER) {
                total += cap;
            }
        }
        return new PlantCapacity(total, evaporative);
    }
}
