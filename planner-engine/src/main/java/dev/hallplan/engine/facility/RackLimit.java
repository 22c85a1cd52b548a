package dev.hallplan.engine.facility;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.PowerEquipment;
import dev.hallplan.catalog.RackType;
import dev.hallplan.engine.project.PlacedRack;
import java.util.Optional;

/**
 * What one rack may draw and what heat it may reject: the one definition that the solver's facts,
 * its warm start and the facility model's rack check all read (docs/facility-model.md, "Racks").
 * On 2N feeds either feed (and its PDU) must carry the whole rack alone, so the feed and PDU
 * figures are those of one feed.
 *
 * @param feedWatts      what one feed delivers
 * @param pduWatts       the rack PDU's rating; {@link Double#POSITIVE_INFINITY} when the rack names no PDU
 *                       (or one the catalog lacks)
 * @param rackTypeWatts  the rack type's power limit; {@link Double#POSITIVE_INFINITY} when the rack type is unknown
 * @param heatWatts      heat the rack type's cooling removes; {@link Double#POSITIVE_INFINITY} when the rack type is unknown
 */
public record RackLimit(double feedWatts, double pduWatts, double rackTypeWatts, double heatWatts) {

    public RackLimit {
        if (!(feedWatts > 0) || !(pduWatts > 0) || !(rackTypeWatts > 0) || !(heatWatts > 0)) {
            throw new IllegalArgumentException("rack limits must be positive, were feed " + feedWatts + " W, PDU " + pduWatts
                    + " W, rack type " + rackTypeWatts + " W, heat " + heatWatts + " W");
        }
    }

    /** The limits of {@code rack} from its feeds, its PDU and its rack type in {@code catalog}. */
    public static RackLimit of(PlacedRack rack, Catalog catalog) {
        double pdu = Optional.ofNullable(rack.feeds().pduId()).flatMap(catalog::powerEquipment)
                .map(PowerEquipment::capacityWatts).orElse(Double.POSITIVE_INFINITY);
        Optional<RackType> type = catalog.rackType(rack.rackTypeId());
        return new RackLimit(rack.feeds().feedCapacityWatts(), pdu,
                type.map(RackType::powerLimitWatts).orElse(Double.POSITIVE_INFINITY),
                type.map(RackType::maxHeatRemovalWatts).orElse(Double.POSITIVE_INFINITY));
    }

    /** What the feed and its PDU deliver: the smaller of the two. */
    public double supplyWatts() {
        return Math.min(feedWatts, pduWatts);
    }

    /** The most electrical power the rack may draw: feed, PDU and rack type, the smallest. */
    public double powerWatts() {
        return Math.min(supplyWatts(), rackTypeWatts);
    }

    /** The most the rack may draw with its heat removed too (heat equals draw): the effective rack limit. */
    public double loadWatts() {
        return Math.min(powerWatts(), heatWatts);
    }

    /** True when the PDU rather than the feed sets {@link #supplyWatts()}. */
    public boolean pduBinds() {
        return pduWatts < feedWatts;
    }
}
