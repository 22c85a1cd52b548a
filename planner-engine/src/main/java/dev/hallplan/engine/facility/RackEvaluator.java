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
        Optional<RackType> typeOpt = catalog.rackType(rack.rackTypeId());
        CoolingType cooling = typeOpt.map(RackType::cooling).orElse(null);
        boolean rackHasLiquid = cooling == CoolingType.DIRECT_LIQUID || cooling == CoolingType.IMMERSION;
        double it = 0;
        double liquidCaptured = 0;
        int units = 0;
        for (MountedEquipment eq : rack.equipment()) {
            Optional<ServerModel> server = catalog.server(eq.catalogId());
            if (server.isPresent()) {
                ServerModel s = server.get();
                double w = load.watts(eq, s);
                it += w;
                liquidCaptured += w * s.liquidHeatFraction();
                units += s.rackUnits();
                if (s.liquidHeatFraction() > 0 && !rackHasLiquid && cooling != null) {
                    violations.add(new Violation(Level.RACK, rack.id(), Kind.COOLING_TYPE, w, 0, "Rack " + rack.id() + ": "
                            + eq.id() + " (" + s.id() + ") needs liquid cooling, rack is " + Labels.cooled(cooling)));
                }
                continue;
            }
            Optional<NetworkDevice> net = catalog.networkDevice(eq.catalogId());
            if (net.isPresent()) {
                it += net.get().powerWatts();
                units += net.get().rackUnits();
                continue;
            }
            Optional<StorageSystem> storage = catalog.storageSystem(eq.catalogId());
            if (storage.isPresent()) {
                it += storage.get().powerWatts();
                units += storage.get().rackUnits();
                continue;
            }
            violations.add(new Violation(Level.RACK, rack.id(), Kind.UNKNOWN_EQUIPMENT, 0, 0,
                    "Rack " + rack.id() + ": " + eq.id() + " has unknown catalog id '" + eq.catalogId() + "', counted as 0 W"));
        }
        double liquid = liquidHeat(cooling, it, liquidCaptured);
        PowerFeeds feeds = rack.feeds();
        double feed = feeds.feedCapacityWatts();
        if (it > feed) {
            String rule = feeds.redundancy() == Redundancy.TWO_N
                    ? " on one feed (2N: must survive the loss of either feed)" : " feed capacity";
            violations.add(new Violation(Level.RACK, rack.id(), Kind.FEED_CAPACITY, it, feed,
                    "Rack " + rack.id() + ": " + Violation.ACTUAL + " > " + Violation.LIMIT + rule));
        }
        double powerLimit = feed;
        double heatLimit = Double.POSITIVE_INFINITY;
        int height = 0;
        if (typeOpt.isPresent()) {
            RackType type = typeOpt.get();
            powerLimit = Math.min(feed, type.powerLimitWatts());
            heatLimit = type.maxHeatRemovalWatts();
            height = type.heightUnits();
            if (it > type.powerLimitWatts()) {
                violations.add(new Violation(Level.RACK, rack.id(), Kind.RACK_POWER, it, type.powerLimitWatts(),
                        "Rack " + rack.id() + ": " + Violation.ACTUAL + " > " + Violation.LIMIT + " rack power limit"));
            }
            if (it > heatLimit) {
                violations.add(new Violation(Level.RACK, rack.id(), Kind.RACK_HEAT, it, heatLimit,
                        "Rack " + rack.id() + ": " + Violation.ACTUAL + " > " + Violation.LIMIT + " " + Labels.cooled(type.cooling()) + " limit"));
            }
        }
        double input = it / pduEfficiency(feeds, it);
        return new RackState(rack.id(), rowId, cooling, it, input, liquid, it - liquid, powerLimit, heatLimit, units, height, violations);
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

    /** Rack PDU efficiency at its load; each of a 2N rack's PDUs carries half. 1 when no PDU is named. */
    private double pduEfficiency(PowerFeeds feeds, double itWatts) {
        if (feeds.pduId() == null || itWatts <= 0) {
            return 1;
        }
        Optional<PowerEquipment> pdu = catalog.powerEquipment(feeds.pduId());
        return pdu.map(p -> p.efficiencyAt(itWatts / feeds.feedCount() / p.capacityWatts())).orElse(1.0);
    }
}
