package dev.hallplan.engine.solver.domain;

import dev.hallplan.catalog.CoolingType;
import dev.hallplan.engine.facility.RackLimit;
import dev.hallplan.engine.project.Redundancy;

/**
 * A placed rack with its limits and what it draws whatever the plan.
 *
 * @param limit           feed, PDU, rack type and heat limits: {@link RackLimit#of}, the facility model's own
 * @param redundancy      N (one feed) or TWO_N (either feed must carry the whole rack), for messages
 * @param pduId           nullable: the rack PDU, for messages
 * @param cooling         the rack type's cooling
 * @param fixedWatts      draw of its switches and storage, and of its servers' idle power when every
 *                        server stays on ({@code facility.EquipmentDraw#fixedHeat})
 */
public record RackFact(
        String id,
        RowFact row,
        RackLimit limit,
        Redundancy redundancy,
        String pduId,
        CoolingType cooling,
        long fixedWatts) {

    public RackFact {
        if (id == null || row == null || limit == null || redundancy == null || cooling == null) {
            throw new IllegalArgumentException("rack fact needs id, row, limit, redundancy and cooling");
        }
        if (fixedWatts < 0) {
            throw new IllegalArgumentException("rack " + id + ": fixed load must not be negative");
        }
    }

    public HallFact hall() {
        return row.hall();
    }

    /** What the rack may draw, its heat removed too: {@link RackLimit#loadWatts()}. */
    public double loadLimitWatts() {
        return limit.loadWatts();
    }

    /** Watts of {@code loadWatts} beyond {@code limitWatts}, rounded up; 0 within it. */
    public static long overWatts(double loadWatts, double limitWatts) {
        return loadWatts > limitWatts ? (long) Math.ceil(loadWatts - limitWatts) : 0;
    }

    /** Identity is the id (unique within a hall) and the hall. */
    @Override
    public boolean equals(Object o) {
        return o instanceof RackFact r && id.equals(r.id) && row.hall().equals(r.row.hall());
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + row.hall().hashCode();
    }
}
