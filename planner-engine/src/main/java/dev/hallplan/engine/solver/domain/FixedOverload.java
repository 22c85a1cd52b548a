package dev.hallplan.engine.solver.domain;

/**
 * A rack, row or hall whose fixed load alone (switches, storage, idle servers that stay on, the
 * sized fabric) is over its limit, found when the problem is built. It counts as a broken hard
 * limit while no replica runs there; once one does, that place's own limit constraint counts it.
 *
 * @param message    for people, e.g. "Rack A-01: 52 kW > 50 kW with no replica (fixed load)"
 * @param overWatts  watts over the limit, more than 0
 * @param rack       nullable: the rack that is over
 * @param row        nullable: the row that is over
 * @param hall       nullable: the hall that is over (exactly one of the three is set)
 */
public record FixedOverload(String message, long overWatts, RackFact rack, RowFact row, HallFact hall) {

    public FixedOverload {
        int set = (rack != null ? 1 : 0) + (row != null ? 1 : 0) + (hall != null ? 1 : 0);
        if (message == null || overWatts <= 0 || set != 1) {
            throw new IllegalArgumentException("a fixed overload needs a message, watts over and exactly one place");
        }
    }

    /** True when {@code slot} places a replica in the rack, row or hall this is about. */
    public boolean hosts(ReplicaSlot slot) {
        RackFact r = slot.rack();
        if (r == null) {
            return false;
        }
        return rack != null ? rack.equals(r) : row != null ? row.equals(r.row()) : hall.equals(r.hall());
    }
}
