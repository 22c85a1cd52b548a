package dev.hallplan.engine.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CatalogLoader;
import dev.hallplan.engine.facility.FabricSizer;
import dev.hallplan.engine.facility.FacilityModel;
import dev.hallplan.engine.facility.RackLimit;
import dev.hallplan.engine.facility.ServerLoad;
import dev.hallplan.engine.project.CatalogCount;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.PowerFeeds;
import dev.hallplan.engine.project.Redundancy;
import dev.hallplan.engine.project.Region;
import dev.hallplan.engine.project.Row;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.SimulationSettings;
import dev.hallplan.engine.solver.domain.HallFact;
import dev.hallplan.engine.solver.domain.RackFact;
import dev.hallplan.engine.solver.domain.ServerFact;
import dev.hallplan.engine.supply.EnergySupply;
import dev.hallplan.engine.supply.HourlyProfile;
import dev.hallplan.engine.supply.Tariff;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The solver's facts read every load and limit from the facility model's accounting. */
class HardwareFactsTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final double H200_IDLE = CATALOG.server("nvidia-hgx-h200-8").orElseThrow().idlePowerWatts();

    /** One rear-door rack of four HGX H200 on 2N 50 kW feeds with 23 kW rack PDUs, no switch placed. */
    private static Hall hall(double gridWatts) {
        List<MountedEquipment> servers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            servers.add(new MountedEquipment("s" + i, "nvidia-hgx-h200-8", 1 + 8 * i));
        }
        PlacedRack rack = new PlacedRack("A-01", 0, "rack-rdhx-50kw", new PowerFeeds(Redundancy.TWO_N, 50_000, "pdu-rack-23kw"),
                servers);
        Row row = new Row("A", 2, 0.6, List.of(new CatalogCount("cdu-row-1200kw", 1)), List.of(rack));
        EnergySupply supply = new EnergySupply(gridWatts, 0, List.of(), null, HourlyProfile.constant(400),
                new Tariff(HourlyProfile.constant(50), 0));
        return new Hall("h1", "Hall", null, new Region("US", "US"), null, null, null, null, supply, null, List.of(row));
    }

    private static HardwareFacts facts(Hall hall, boolean powerDown) {
        Scenario s = new Scenario("s", null, List.of(hall), List.of(), null, new SimulationSettings(powerDown, true, 0.1), null,
                Map.of());
        return new HardwareFacts(s, CATALOG, SupplyOutlookSource.constantPue(1.25));
    }

    @Test
    void rackLimitIncludesTheRackPduRatingAsTheFacilityModelDoes() {
        // the 23 kW PDU is below the 50 kW feed and the 50 kW rack type: the solver used to see 50 kW
        RackFact rack = facts(hall(1e7), false).racks.get(0);
        assertEquals(RackLimit.of(hall(1e7).rows().get(0).racks().get(0), CATALOG), rack.limit());
        assertEquals(23_002, rack.loadLimitWatts(), 1e-9);
        var state = FacilityModel.liveState(hall(1e7), CATALOG, ServerLoad.IDLE);
        assertEquals(state.racks().get(0).powerLimitWatts(), rack.limit().powerWatts(), 1e-9);
    }

    @Test
    void unusedServersThatStayOnAreFixedRackLoadAndAddNothingWhenUsed() {
        HardwareFacts f = facts(hall(1e7), false);
        // every server idles whether or not it hosts a replica: four idle powers in the rack, none added on use
        assertEquals(Math.round(4 * H200_IDLE), f.racks.get(0).fixedWatts());
        for (ServerFact s : f.servers) {
            assertEquals(0, s.idleWattsWhenUsed());
        }
        assertEquals(1.0, f.servers.get(0).liquidShare(), 0, "a rear-door rack sends all heat to the loop");
    }

    @Test
    void poweredDownServersAddTheirIdlePowerOnlyWhenUsed() {
        HardwareFacts f = facts(hall(1e7), true);
        assertEquals(0, f.racks.get(0).fixedWatts());
        assertEquals(Math.round(H200_IDLE), f.servers.get(0).idleWattsWhenUsed());
    }

    @Test
    void sizedFabricIsPartOfTheHallsFixedLoad() {
        Hall hall = hall(1e7);
        HallFact h = facts(hall, true).halls.get(0);
        double fabric = FabricSizer.unplaced(hall, CATALOG).orElseThrow().powerWatts();
        assertTrue(fabric > 0, "HGX NICs need a back-end and a front-end fabric");
        assertEquals(Math.round(fabric), h.baseLoadWatts());
    }

    @Test
    void hallLimitIsTheSmallerOfSupplyAndPowerChain() {
        // without UPS or transformers the supply binds: 100 kW / PUE 1.25 = 80 kW
        HallFact h = facts(hall(100_000), false).halls.get(0);
        assertEquals(80_000, h.itPowerLimitWatts());
        assertEquals("supply at peak hour, PUE 1.25", h.bindingHour());
    }
}
