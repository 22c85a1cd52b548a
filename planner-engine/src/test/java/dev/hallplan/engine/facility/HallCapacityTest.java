package dev.hallplan.engine.facility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.engine.facility.Violation.Kind;
import dev.hallplan.engine.project.CatalogCount;
import dev.hallplan.engine.project.Fixtures;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The solver's hall limit from the power chain and plant: exactly where the facility model's hall checks start failing. */
class HallCapacityTest {
    private static final Set<Kind> CHAIN = Set.of(Kind.UPS_CAPACITY, Kind.TRANSFORMER_CAPACITY);

    /** The fixture hall (3 × 1 MW UPS and 2 × 2.5 MVA transformers at N+1, a 2 MW chiller) with 60 air racks of 3 servers. */
    private static Hall hall() {
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            List<PlacedRack> racks = new ArrayList<>();
            for (int k = 0; k < 20; k++) {
                racks.add(Fixtures.airRack("R" + r + "-" + k, k, 3));
            }
            rows.add(new Row("R" + r, 20, 0.6, List.of(new CatalogCount(Fixtures.CRAH, 20)), racks));
        }
        return Fixtures.hall(rows);
    }

    private static List<Violation> chainViolationsAt(Hall hall, double itWatts) {
        ServerLoad even = (e, s) -> itWatts / 180;
        return FacilityModel.liveState(hall, Fixtures.catalog(), even).violations().stream()
                .filter(v -> CHAIN.contains(v.kind())).toList();
    }

    @Test
    void powerChainCapacityIsWhereTheUpsAndTransformerChecksStartToFail() {
        Hall hall = hall();
        HallCapacity c = HallCapacity.of(hall, Fixtures.catalog());
        // 2 MW of usable UPS would carry 2 MW, but the transformers (2.5 MW usable at N+1) also feed the cooling:
        // air at 15 °C draws 0.519 W per IT watt, so they bind well below the UPS
        assertTrue(c.powerChainItWatts() < 1.7e6 && c.powerChainItWatts() > 1.4e6, "capacity " + c.powerChainItWatts());
        // the solver's hall fact takes the whole watts below it (HardwareFacts floors the limit)
        assertEquals(List.of(), chainViolationsAt(hall, Math.floor(c.powerChainItWatts())));
        assertEquals(List.of(Kind.TRANSFORMER_CAPACITY),
                chainViolationsAt(hall, c.powerChainItWatts() * 1.01).stream().map(Violation::kind).toList());
    }

    @Test
    void coolingPlantCapacityIsTheChillersAndAHallWithoutChainIsUnlimited() {
        HallCapacity c = HallCapacity.of(hall(), Fixtures.catalog());
        assertEquals(2_000_000, c.coolingPlantItWatts(), 0);
        Hall bare = Halls.withChain(Halls.withPlant(hall(), List.of()),
                new dev.hallplan.engine.project.PowerChain(List.of(), List.of(), dev.hallplan.engine.project.Redundancy.N));
        assertEquals(Double.POSITIVE_INFINITY, HallCapacity.of(bare, Fixtures.catalog()).itWatts());
    }
}
