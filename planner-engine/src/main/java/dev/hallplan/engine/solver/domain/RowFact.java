package dev.hallplan.engine.solver.domain;

import dev.hallplan.engine.facility.HeatLoad;
import dev.hallplan.engine.facility.RowCooling;

/**
 * A row and its row-level cooling (CRAHs for air heat, CDU loops for liquid heat).
 *
 * @param cooling    what its units remove: {@link RowCooling#of}, the facility model's own
 * @param fixedHeat  heat of what its racks draw whatever the plan (switches, storage, idle servers that stay on)
 */
public record RowFact(String id, HallFact hall, RowCooling cooling, HeatLoad fixedHeat) {

    public RowFact {
        if (id == null || hall == null || cooling == null || fixedHeat == null) {
            throw new IllegalArgumentException("row fact needs an id, a hall, cooling and fixed heat");
        }
    }

    /** Watts over the row's cooling with {@code airWatts} and {@code liquidWatts} of plan heat added to its fixed heat. */
    public long overWatts(long airWatts, long liquidWatts) {
        return RackFact.overWatts(fixedHeat.airWatts() + airWatts, cooling.airWatts())
                + RackFact.overWatts(fixedHeat.liquidWatts() + liquidWatts, cooling.liquidWatts());
    }

    /** Row ids repeat across halls, so identity is (hall, row). */
    @Override
    public boolean equals(Object o) {
        return o instanceof RowFact r && id.equals(r.id) && hall.equals(r.hall);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + hall.hashCode();
    }
}
