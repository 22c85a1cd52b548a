package dev.hallplan.engine.facility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CoolingType;
import dev.hallplan.engine.facility.Violation.Kind;
import dev.hallplan.engine.project.Fixtures;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.PowerFeeds;
import dev.hallplan.engine.project.Redundancy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RackRulesTest {
    private static final Catalog CATALOG = Fixtures.catalog();

    private static RackState evaluate(PlacedRack rack, ServerLoad load) {
        return new RackEvaluator(CATALOG, load).evaluate(rack, "A");
    }

    private static List<String> messages(RackState r) {
        return r.violations().stream().map(Violation::message).toList();
    }

    @Test
    void airRackOverItsLimitsNamesEveryBrokenRule() {
        // 4 servers drawing 11.8 kW each: 47.2 kW, over the 40 kW feed, the 40 kW rack limit and the 40 kW air heat limit
        RackState r = evaluate(Halls.airRack("B-07", 0, 4), (eq, s) -> 11_800);
        assertEquals(47_200, r.itWatts(), 1e-9);
        assertEquals(List.of(
                "Rack B-07: 47.2 kW > 40 kW on one feed (2N: must survive the loss of either feed)",
                "Rack B-07: 47.2 kW > 40 kW rack power limit",
                "Rack B-07: 47.2 kW > 40 kW air-cooled limit"), messages(r));
    }

    @Test
    void twoNRackMustCarryItsWholeLoadOnOneFeed() {
        // 3 DLC servers at 14 kW = 42 kW: both feeds together give 80 kW, but after losing one only 40 kW remain.
        // The 140 kW DLC rack itself has room, so the feed rule alone fails.
        PlacedRack rack = Halls.rack("C-01", 0, Fixtures.DLC_RACK, new PowerFeeds(Redundancy.TWO_N, 40_000, null),
                Fixtures.DLC_SERVER, 3, 4);
        RackState r = evaluate(rack, ServerLoad.NAMEPLATE);
        assertEquals(List.of(Kind.FEED_CAPACITY), r.violations().stream().map(Violation::kind).toList());
        assertEquals(-2_000, r.powerHeadroomWatts(), 1e-9);
    }

    @Test
    void singleFeedRackNamesFeedCapacity() {
        PlacedRack rack = Halls.rack("C-02", 0, Fixtures.DLC_RACK, new PowerFeeds(Redundancy.N, 40_000, null), Fixtures.DLC_SERVER, 3, 4);
        assertEquals(List.of("Rack C-02: 42 kW > 40 kW feed capacity"), messages(evaluate(rack, ServerLoad.NAMEPLATE)));
    }

    @Test
    void rackWithinLimitsHasHeadroomAndNoViolation() {
        // 3 air servers at 10 kW = 30 kW on 40 kW feeds in a 40 kW air rack: 10 kW headroom, 24 of 42 U used
        RackState r = evaluate(Halls.airRack("A-01", 0, 3), ServerLoad.NAMEPLATE);
        assertEquals(List.of(), r.violations());
        assertEquals(10_000, r.headroomWatts(), 1e-9);
        assertEquals(18, r.freeUnits());
    }

    @Test
    void directLiquidRackSplitsHeatByServerLiquidFraction() {
        // 3 DLC servers at 14 kW with 80 % to liquid = 33.6 kW liquid; 8.4 kW of server heat plus a 1 kW switch = 9.4 kW to air
        PlacedRack base = Halls.dlcRack("D-01", 0, 3);
        List<MountedEquipment> eq = new ArrayList<>(base.equipment());
        eq.add(new MountedEquipment("D-01-sw", Fixtures.SWITCH, 20));
        RackState r = evaluate(base.withEquipment(eq), ServerLoad.NAMEPLATE);
        assertEquals(43_000, r.itWatts(), 1e-9);
        assertEquals(33_600, r.liquidHeatWatts(), 1e-9);
        assertEquals(9_400, r.airHeatWatts(), 1e-9);
    }

    @Test
    void rearDoorAndImmersionRacksPutAllHeatIntoLiquid() {
        assertEquals(1, HeatLoad.liquidShare(CoolingType.REAR_DOOR_HX, 0), 0);
        assertEquals(1, HeatLoad.liquidShare(CoolingType.IMMERSION, 0.8), 0);
        assertEquals(0, HeatLoad.liquidShare(CoolingType.AIR, 0.8), 0);
        assertEquals(0.8, HeatLoad.liquidShare(CoolingType.DIRECT_LIQUID, 0.8), 0);
        assertEquals(new HeatLoad(0, 43_000), HeatLoad.of(43_000, CoolingType.REAR_DOOR_HX, 0));
    }

    @Test
    void liquidServerInAirRackIsFlagged() {
        PlacedRack rack = Halls.rack("E-01", 0, Fixtures.AIR_RACK, new PowerFeeds(Redundancy.TWO_N, 40_000, null), Fixtures.DLC_SERVER, 1, 4);
        assertEquals(List.of("Rack E-01: E-01-s0 (srv-dlc-14kw) needs liquid cooling, rack is air-cooled"),
                messages(evaluate(rack, ServerLoad.NAMEPLATE)));
    }

    @Test
    void unknownEquipmentCountsAsZeroAndIsFlagged() {
        PlacedRack rack = new PlacedRack("F-01", 0, Fixtures.AIR_RACK, new PowerFeeds(Redundancy.TWO_N, 40_000, null),
                List.of(new MountedEquipment("F-01-x", "no-such-box", 1)));
        RackState r = evaluate(rack, ServerLoad.NAMEPLATE);
        assertEquals(0, r.itWatts(), 0);
        assertEquals(List.of(Kind.UNKNOWN_EQUIPMENT), r.violations().stream().map(Violation::kind).toList());
    }

    @Test
    void serverLoadDecidesTheDraw() {
        // idle: 3 × 2 kW
        assertEquals(6_000, evaluate(Halls.airRack("A-01", 0, 3), ServerLoad.IDLE).itWatts(), 1e-9);
    }

    @Test
    void rackPduLossesRaiseTheInputDraw() {
        // a PDU at 95 % flat: 30 kW IT needs 30 / 0.95 = 31.58 kW at the PDU inputs
        Catalog c = CATALOG.toBuilder().add(new dev.hallplan.catalog.PowerEquipment("pdu-95", "PDU 95 %",
                dev.hallplan.catalog.PowerEquipment.PowerKind.PDU, 50_000,
                List.of(new dev.hallplan.catalog.PowerEquipment.EfficiencyPoint(0.5, 0.95)), 1_000, null)).build();
        PlacedRack rack = Halls.rack("G-01", 0, Fixtures.AIR_RACK, new PowerFeeds(Redundancy.TWO_N, 40_000, "pdu-95"),
                Fixtures.AIR_SERVER, 3, 8);
        RackState r = new RackEvaluator(c, ServerLoad.NAMEPLATE).evaluate(rack, "G");
        assertEquals(30_000 / 0.95, r.inputWatts(), 1e-6);
    }

    @Test
    void twoNRackMustFitOnePdu() {
        // 3 DLC servers = 42 kW on 100 kW feeds, but each feed's PDU is rated 30 kW: after losing a feed one PDU carries 42 kW
        Catalog c = CATALOG.toBuilder().add(new dev.hallplan.catalog.PowerEquipment("pdu-30kw", "PDU 30 kW",
                dev.hallplan.catalog.PowerEquipment.PowerKind.PDU, 30_000,
                List.of(new dev.hallplan.catalog.PowerEquipment.EfficiencyPoint(1.0, 1.0)), 1_000, null)).build();
        PlacedRack rack = Halls.rack("P-01", 0, Fixtures.DLC_RACK, new PowerFeeds(Redundancy.TWO_N, 100_000, "pdu-30kw"),
                Fixtures.DLC_SERVER, 3, 4);
        RackState r = new RackEvaluator(c, ServerLoad.NAMEPLATE).evaluate(rack, "P");
        assertEquals(List.of("Rack P-01: 42 kW > 30 kW PDU pdu-30kw rating (2N: one PDU carries the rack after a feed is lost)"),
                messages(r));
        assertEquals(30_000, r.powerLimitWatts(), 0);
    }

    @Test
    void rackLimitIsTheSmallerOfFeedAndRackType() {
        // 100 kW feeds in a 140 kW rack: the feed binds; 60 kW feeds on a 40 kW air rack: the rack type binds
        PlacedRack dlc = Halls.rack("H-01", 0, Fixtures.DLC_RACK, new PowerFeeds(Redundancy.TWO_N, 100_000, null), Fixtures.DLC_SERVER, 1, 4);
        PlacedRack air = Halls.rack("H-02", 1, Fixtures.AIR_RACK, new PowerFeeds(Redundancy.TWO_N, 60_000, null), Fixtures.AIR_SERVER, 1, 8);
        assertEquals(100_000, evaluate(dlc, ServerLoad.NAMEPLATE).powerLimitWatts(), 0);
        assertEquals(40_000, evaluate(air, ServerLoad.NAMEPLATE).powerLimitWatts(), 0);
    }
}
