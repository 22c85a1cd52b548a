package dev.hallplan.engine.facility;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.PlacedRack;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A hall's live state kept up to date across edits, for the designer: {@link #update} gives what
 * {@link FacilityModel#liveState} gives, but re-evaluates only the racks whose record changed since
 * the previous call. Project edits build new records only for what they change and share the rest,
 * so after a one-rack edit one rack is evaluated; rows, loops, the power chain, PUE and stranded
 * capacity are summed again from the rack states (cheap). A rack's state depends only on its own
 * record, its row id, the catalog and the load, which is why reusing it by record identity is exact.
 * Not thread-safe: use it from one thread.
 */
public final class LiveHall {
    private final Catalog catalog;
    private final RackEvaluator evaluator;
    private Map<PlacedRack, RackState> previous = new IdentityHashMap<>();
    private int evaluatedRacks;

    /**
     * @param catalog the hardware catalog (not null)
     * @param load    each mounted server's draw, e.g. {@link ServerLoad#NAMEPLATE} (not null)
     */
    public LiveHall(Catalog catalog, ServerLoad load) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.evaluator = new RackEvaluator(catalog, Objects.requireNonNull(load, "load"));
    }

    /** The live state of {@code hall}; equal to {@code FacilityModel.liveState(hall, catalog, load)}. */
    public HallState update(Hall hall) {
        Map<PlacedRack, RackState> next = new IdentityHashMap<>(previous.size() * 2 + 16);
        int[] evaluated = {0};
        HallState state = FacilityModel.liveStateOf(hall, catalog, (rack, rowId) -> {
            RackState known = previous.get(rack);
            RackState rs = known != null && known.rowId().equals(rowId) ? known : evaluate(rack, rowId, evaluated);
            next.put(rack, rs);
            return rs;
        });
        previous = next;
        evaluatedRacks = evaluated[0];
        return state;
    }

    private RackState evaluate(PlacedRack rack, String rowId, int[] evaluated) {
        evaluated[0]++;
        return evaluator.evaluate(rack, rowId);
    }

    /** How many racks the last {@link #update} evaluated afresh (the rest were reused). */
    public int evaluatedRacks() {
        return evaluatedRacks;
    }
}
