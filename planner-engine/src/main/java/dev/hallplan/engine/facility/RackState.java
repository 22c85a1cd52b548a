package dev.hallplan.engine.facility;

import dev.hallplan.catalog.CoolingType;
import java.util.List;

/**
 * One rack under a load. Watts are electrical draw at the rack (IT load); heat equals draw.
 *
 * @param cooling            the rack type's cooling; null when the rack type is unknown
 * @param itWatts            draw of everything mounted
 * @param inputWatts         draw at the PDU inputs (IT plus rack PDU losses)
 * @param liquidHeatWatts    heat carried away by liquid (cold plates, immersion fluid, rear-door coil)
 * @param airHeatWatts       heat left in the room air, for the row's CRAHs
 * @param powerLimitWatts    what the rack may draw: one feed, its PDU and the rack type's power limit, the smallest ({@link RackLimit#powerWatts()})
 * @param heatLimitWatts     what the rack's cooling type removes
 * @param usedUnits          rack units occupied
 * @param heightUnits        rack units available (0 when the rack type is unknown)
 */
public record RackState(
        String rackId,
        String rowId,
        CoolingType cooling,
        double itWatts,
        double inputWatts,
        double liquidHeatWatts,
        double airHeatWatts,
        double powerLimitWatts,
        double heatLimitWatts,
        int usedUnits,
        int heightUnits,
        List<Violation> violations) {

    public RackState {
        violations = List.copyOf(violations);
    }

    /** Power still available before the first power limit; negative when overloaded. */
    public double powerHeadroomWatts() {
        return powerLimitWatts - itWatts;
    }

    /** Heat the rack's cooling could still remove; negative when overloaded. */
    public double heatHeadroomWatts() {
        return heatLimitWatts - itWatts;
    }

    /** The smaller of power and heat headroom: what more may be mounted, in watts. */
    public double headroomWatts() {
        return Math.min(powerHeadroomWatts(), heatHeadroomWatts());
    }

    public int freeUnits() {
        return Math.max(0, heightUnits - usedUnits);
    }
}
