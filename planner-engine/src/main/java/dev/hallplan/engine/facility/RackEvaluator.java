package dev.hallplan.engine.facility;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CoolingType;
import dev.hallplan.catalog.PowerEquipment;
import dev.hallplan.catalog.RackType;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.engine.facility.Violation.Kind;
import dev.hallplan.engine.facility.Violation.Level;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.Redundancy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Draw, heat split and limits of one rack (rules in docs/facility-model.md, "Racks"): the load
 * must fit one feed (a 2N rack must survive the loss of either feed, so the whole load must fit
 * one) and its PDU, the rack type's power limit and its cooling type's heat limit, all read from
 * {@link RackLimit}; what equipment draws follows {@link EquipmentDraw}.
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
        double it = sums.air + sums.liquid;
        RackLimit limit = RackLimit.of(rack, catalog);
        checkFeedAndPdu(rack, it, limit, violations);
        int height = 0;
        if (type.isPresent()) {
            RackType t = type.get();
            height = t.heightUnits();
            if (it > limit.rackTypeWatts()) {
                violations.add(new Violation(Level.RACK, rack.id(), Kind.RACK_POWER, it, limit.rackTypeWatts(),
                        "Rack " + rack.id() + ": " + Violation.ACTUAL + " > " + Violation.LIMIT + " rack power limit"));
            }
            if (it > limit.heatWatts()) {
                violations.add(new Violation(Level.RACK, rack.id(), Kind.RACK_HEAT, it, limit.heatWatts(), "Rack " + rack.id() + ": "
                        + Violation.ACTUAL + " > " + Violation.LIMIT + " " + Labels.cooled(t.cooling()) + " limit"));
            }
        }
        Optional<PowerEquipment> pdu = Optional.ofNullable(rack.feeds().pduId()).flatMap(catalog::powerEquipment);
        // each PDU of a 2N rack carries half the load in normal operation: that sets its point on the efficiency curve
        double input = pdu.isPresent() && it > 0
                ? it / pdu.get().efficiencyAt(it / rack.feeds().feedCount() / pdu.get().capacityWatts()) : it;
        return new RackState(rack.id(), rowId, cooling, it, input, sums.liquid, sums.air, limit.powerWatts(), limit.heatWatts(),
                sums.units, height, violations);
    }

    /** Draw split into air and liquid heat, and rack units, of everything mounted. */
    private Sums mounted(PlacedRack rack, CoolingType cooling, List<Violation> violations) {
        boolean rackHasLiquid = cooling == CoolingType.DIRECT_LIQUID || cooling == CoolingType.IMMERSION;
        Sums sums = new Sums();
        for (MountedEquipment eq : rack.equipment()) {
            Optional<ServerModel> server = catalog.server(eq.catalogId());
            if (server.isPresent()) {
                ServerModel s = server.get();
                double w = load.watts(eq, s);
                sums.add(HeatLoad.of(w, cooling, s.liquidHeatFraction()), s.rackUnits());
                if (s.liquidHeatFraction() > 0 && !rackHasLiquid && cooling != null) {
                    violations.add(new Violation(Level.RACK, rack.id(), Kind.COOLING_TYPE, w, 0, "Rack " + rack.id() + ": "
                            + eq.id() + " (" + s.id() + ") needs liquid cooling, rack is " + Labels.cooled(cooling)));
                }
                continue;
            }
            OptionalDouble device = EquipmentDraw.deviceWatts(catalog, eq.catalogId());
            if (device.isPresent()) {
                int units = catalog.rackUnits(eq.catalogId()).orElse(0);
                sums.add(HeatLoad.of(device.getAsDouble(), cooling, 0), units);
                continue;
            }
            violations.add(new Violation(Level.RACK, rack.id(), Kind.UNKNOWN_EQUIPMENT, 0, 0,
                    "Rack " + rack.id() + ": " + eq.id() + " has unknown catalog id '" + eq.catalogId() + "', counted as 0 W"));
        }
        return sums;
    }

    /** The feed rule and the PDU rating. On 2N either feed may fail, so the whole load must fit one feed and one PDU. */
    private void checkFeedAndPdu(PlacedRack rack, double it, RackLimit limit, List<Violation> violations) {
        boolean twoN = rack.feeds().redundancy() == Redundancy.TWO_N;
        if (it > limit.feedWatts()) {
            String rule = twoN ? " on one feed (2N: must survive the loss of either feed)" : " feed capacity";
            violations.add(new Violation(Level.RACK, rack.id(), Kind.FEED_CAPACITY, it, limit.feedWatts(),
                    "Rack " + rack.id() + ": " + Violation.ACTUAL + " > " + Violation.LIMIT + rule));
        }
        if (it > limit.pduWatts()) {
            String rule = twoN ? " (2N: one PDU carries the rack after a feed is lost)" : "";
            violations.add(new Violation(Level.RACK, rack.id(), Kind.PDU_CAPACITY, it, limit.pduWatts(), "Rack " + rack.id() + ": "
                    + Violation.ACTUAL + " > " + Violation.LIMIT + " PDU " + rack.feeds().pduId() + " rating" + rule));
        }
    }

    private static final class Sums {
        double air;
        double liquid;
        int units;

        void add(HeatLoad heat, int rackUnits) {
            air += heat.airWatts();
            liquid += heat.liquidWatts();
            units += rackUnits;
        }
    }
}
