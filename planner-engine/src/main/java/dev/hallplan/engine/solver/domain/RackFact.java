package dev.hallplan.engine.solver.domain;

import dev.hallplan.catalog.CoolingType;
import dev.hallplan.engine.project.Redundancy;

/**
 * A placed rack with its power, feed and heat limits.
 *
 * @param powerLimitWatts     the rack type's IT power limit
 * @param feedCapacityWatts   what one feed delivers; with {@link Redundancy#TWO_N} one feed must
 *                            carry the whole rack (the other may fail), with N the single feed does
 * @param heatLimitWatts      the most heat the rack's cooling type removes
 * @param baseLoadWatts       power of non-server equipment mounted in it (switches, storage)
 */
public record RackFact(
        String id,
        RowFact row,
        long powerLimitWatts,
        long feedCapacityWatts,
        Redundancy redundancy,
        long heatLimitWatts,
        CoolingType cooling,
        long baseLoadWatts) {

    public RackFact {
        if (id == null || row == null || redundancy == null || cooling == null) {
            throw new IllegalArgumentException("rack fact needs id, row, redundancy and cooling");
        }
        if (powerLimitWatts <= 0 || feedCapacityWatts <= 0 || heatLimitWatts <= 0 || baseLoadWatts < 0) {
            throw new IllegalArgumentException("rack " + id + ": limits must be positive and base load not negative");
        }
    }

    public HallFact hall() {
        return row.hall();
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
