package dev.hallplan.engine.facility;

import dev.hallplan.engine.project.CatalogCount;
import dev.hallplan.engine.project.Climate;
import dev.hallplan.engine.project.Fixtures;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.PowerChain;
import dev.hallplan.engine.project.PowerFeeds;
import dev.hallplan.engine.project.Redundancy;
import dev.hallplan.engine.project.Row;
import java.util.ArrayList;
import java.util.List;

/** Small halls for the facility tests, built on {@link Fixtures}' catalog. */
final class Halls {
    private Halls() {
    }

    static PlacedRack rack(String id, int position, String rackType, PowerFeeds feeds, String serverId, int servers, int unitsEach) {
        List<MountedEquipment> eq = new ArrayList<>();
        for (int i = 0; i < servers; i++) {
            eq.add(new MountedEquipment(id + "-s" + i, serverId, 1 + unitsEach * i));
        }
        return new PlacedRack(id, position, rackType, feeds, eq);
    }

    static PlacedRack airRack(String id, int position, int servers) {
        return rack(id, position, Fixtures.AIR_RACK, new PowerFeeds(Redundancy.TWO_N, 40_000, null), Fixtures.AIR_SERVER, servers, 8);
    }

    static PlacedRack dlcRack(String id, int position, int servers) {
        return rack(id, position, Fixtures.DLC_RACK, new PowerFeeds(Redundancy.TWO_N, 140_000, null), Fixtures.DLC_SERVER, servers, 4);
    }

    static Row row(String id, int positions, List<CatalogCount> cooling, List<PlacedRack> racks) {
        return new Row(id, positions, 0.6, cooling, racks);
    }

    /** The fixture hall (2 × 2.5 MVA transformers, 3 × 1 MW UPS at N+1, one 2 MW chiller, 5 MW grid, 15 °C all year). */
    static Hall hall(Row... rows) {
        return Fixtures.hall(List.of(rows));
    }

    static Hall withChain(Hall h, PowerChain chain) {
        return new Hall(h.id(), h.name(), h.facilityType(), h.region(), h.compliance(), h.climate(), chain, h.coolingPlant(), h.supply(),
                h.userRttSeconds(), h.rows());
    }

    static Hall withClimate(Hall h, Climate climate) {
        return new Hall(h.id(), h.name(), h.facilityType(), h.region(), h.compliance(), climate, h.powerChain(), h.coolingPlant(), h.supply(),
                h.userRttSeconds(), h.rows());
    }

    static Hall withPlant(Hall h, List<CatalogCount> plant) {
        return new Hall(h.id(), h.name(), h.facilityType(), h.region(), h.compliance(), h.climate(), h.powerChain(), plant, h.supply(),
                h.userRttSeconds(), h.rows());
    }

    static List<CatalogCount> crah(int n) {
        return List.of(new CatalogCount(Fixtures.CRAH, n));
    }
}
