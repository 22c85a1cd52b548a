package dev.hallplan.engine.facility;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CoolingType;
import dev.hallplan.catalog.NetworkDevice;
import dev.hallplan.catalog.PowerEquipment;
import dev.hallplan.catalog.RackType;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.catalog.StorageSystem;
import dev.hallplan.engine.facility.Violation.Kind;
import dev.hallplan.engine.facility.Violation.Level;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.PowerFeeds;
import dev.hallplan.engine.project.Redundancy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Draw, heat split and limits of one rack (rules in docs/facility-model.md, "Racks"):
 * the load must fit one feed (a 2N rack must survive the loss of either feed, so the whole load
 * must fit one), the rack type's power limit and its cooling type's heat limit.
 */
final class RackEvaluator {
    private final Catalog catalog;
    private final ServerLoad load;

    RackEvaluator(Catalog catalog, ServerLoad load) {
        this.catalog = catalog;
        this.load = load;
    }

    RackState evaluate(PlacedRack rack, String rowId) {
        List<Violation> violations = new ArrayList<>(0);
        Optional<RackType> type = catalog.rackType(rack.rackTypeId());
        CoolingType cooling = type.map(RackType::cooling).orElse(null);
        Sums sums = mounted(rack, cooling, violations);
        double it = sums.itWatts;
        double liquid = liquidHeat(cooling, it, sums.serverLiquidWatts);
        Optional<PowerEquipment> pdu = Optional.ofNullable(rack.feeds().pduId()).flatMap(catalog::powerEquipment);
        double powerLimit = feedLimit(rack, it, pdu, violations);
        double heatLimit = Double.POSITIVE_INFINITY;
        int height = 0;
        if (type.isPresent()) {
            RackType t = type.get();
            powerLimit = Math.min(powerLimit, t.powerLimitWatts());
            heatLimit = t.maxHeatRemovalWatts();
            height = t.heightUnits();
            if (it > t.powerLimitWatts()) {
                violations.add(new Violation(Level.RACK, rack.id(), Kind.RACK_POWER, it, t.powerLimitWatts(),
                        "Rack " + rack.id() + ": " + Violation.ACTUAL + " > " + Violation.LIMIT + " rack power limit"));
            }
            if (it > heatLimit) {
                violations.add(new Violation(Level.RACK, rack.id(), Kind.RACK_HEAT, it, heatLimit, "Rack " + rack.id() + ": "
                        + Violation.ACTUAL + " > " + Violation.LIMIT + " " + Labels.cooled(t.cooling()) + " limit"));
            }
        }
        // each PDU of a 2N rack carries half the load in normal operation: that sets its point on the efficiency curve
        double input = pdu.isPresent() && it > 0
                ? it / pdu.get().efficiencyAt(it / rack.feeds().feedCount() / pdu.get().capacityWatts()) : it;
        return new RackState(rack.id(), rowId, cooling, it, input, liquid, it - liquid, powerLimit, heatLimit, sums.units, height,
                violations);
    }

    /** Draw, liquid-captured server heat and rack units of everything mounted. */
    private Sums mounted(PlacedRack rack, CoolingType cooling, List<Violation> violations) {
        boolean rackHasLiquid = cooling == CoolingType.DIRECT_LIQUID || cooling == CoolingType.IMMERSION;
        Sums sums = new Sums();
        for (MountedEquipment eq : rack.equipment()) {
            Optional<ServerModel> server = catalog.server(eq.catalogId());
            if (server.isPresent()) {
                ServerModel s = server.get();
                double w = load.watts(eq, s);
                sums.add(w, s.rackUnits());
                sums.serverLiquidWatts += w * s.liquidHeatFraction();
                if (s.liquidHeatFraction() > 0 && !rackHasLiquid && cooling != null) {
                    violations.add(new Violation(Level.RACK, rack.id(), Kind.COOLING_TYPE, w, 0, "Rack " + rack.id() + ": "
                            + eq.id() + " (" + s.id() + ") needs liquid cooling, rack is " + Labels.cooled(cooling)));
                }
                continue;
            }
            Optional<NetworkDevice> net = catalog.networkDevice(eq.catalogId());
            if (net.isPresent()) {
                sums.add(net.get().powerWatts(), net.get().rackUnits());
                continue;
            }
            Optional<StorageSystem> storage = catalog.storageSystem(eq.catalogId());
            if (storage.isPresent()) {
                sums.add(storage.get().powerWatts(), storage.get().rackUnits());
                continue;
            }
            violations.add(new Violation(Level.RACK, rack.id(), Kind.UNKNOWN_EQUIPMENT, 0, 0,
                    "Rack " + rack.id() + ": " + eq.id() + " has unknown catalog id '" + eq.catalogId() + "', counted as 0 W"));
        }
        return sums;
    }

    /**
     * The feed rule and the PDU rating; returns the smaller of the two. On 2N either feed may fail,
     * so the whole load must fit one feed and one PDU.
     */
    private static double feedLimit(PlacedRack rack, double it, Optional<PowerEquipment> pdu, List<Violation> violations) {
        PowerFeeds feeds = rack.feeds();
        boolean twoN = feeds.redundancy() == Redundancy.TWO_N;
        double feed = feeds.feedCapacityWatts();
        if (it > feed) {
            String rule = twoN ? " on one feed (2N: must survive the loss of either feed)" : " feed capacity";
            violations.add(new Violation(Level.RACK, rack.id(), Kind.FEED_CAPACITY, it, feed,
                    "Rack " + rack.id() + ": " + Violation.ACTUAL + " > " + Violation.LIMIT + rule));
        }
        if (pdu.isEmpty()) {
            return feed;
        }
        double rating = pdu.get().capacityWatts();
        if (it > rating) {
            String rule = twoN ? " (2N: one PDU carries the rack after a feed is lost)" : "";
            violations.add(new Violation(Level.RACK, rack.id(), Kind.PDU_CAPACITY, it, rating, "Rack " + rack.id() + ": "
                    + Violation.ACTUAL + " > " + Violation.LIMIT + " PDU " + pdu.get().id() + " rating" + rule));
        }
        return Math.min(feed, rating);
    }

    private static final class Sums {
        double itWatts;
        double serverLiquidWatts;
        int units;

        void add(double watts, int rackUnits) {
            itWatts += watts;
            units += rackUnits;
        }
    }

    /**
     * Heat carried by liquid: cold plates take the servers' liquid fraction; a rear-door coil or an
     * immersion tank takes all of the rack's heat; an air rack none.
     */
    static double liquidHeat(CoolingType cooling, double itWatts, double serverLiquidWatts) {
        if (cooling == null) {
            return 0;
        }
        return switch (cooling) {
            case AIR -> 0;
            case DIRECT_LIQUID -> serverLiquidWatts;
            case REAR_DOOR_HX, IMMERSION -> itWatts;
        };
    }
}
