package dev.hallplan.engine.solver.domain;

/**
 * A row and its row-level cooling (CRAHs, CDUs).
 *
 * @param coolingCapacityWatts   heat the row's cooling units remove; {@link Double#POSITIVE_INFINITY}
 *                               when the row lists none (room-level cooling, checked elsewhere)
 * @param baseLoadWatts          heat of non-server equipment in the row's racks
 */
public record RowFact(String id, HallFact hall, double coolingCapacityWatts, long baseLoadWatts) {

    public RowFact {
        if (id == null || hall == null) {
            throw new IllegalArgumentException("row fact needs an id and a hall");
        }
        if (!(coolingCapacityWatts >= 0) || baseLoadWatts < 0) {
            throw new IllegalArgumentException("row " + id + ": cooling capacity and base load must not be negative");
        }
    }

    public boolean hasCoolingLimit() {
        return coolingCapacityWatts != Double.POSITIVE_INFINITY;
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
