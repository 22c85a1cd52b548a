package dev.hallplan.app.designer;

import dev.hallplan.catalog.CoolingType;
import dev.hallplan.catalog.units.UnitFormat;
import java.util.List;

/**
 * One rack as the designer shows it: the facility model's figures for it ({@code facility.RackState},
 * whose limits are {@code facility.RackLimit}'s, the solver's own), plus what the floor needs to
 * draw it. Nothing here is computed again; {@link #strandedWatts()} combines the model's limits.
 *
 * @param rowIndex         0-based row on the floor
 * @param position         0-based position within the row
 * @param cooling          the rack type's cooling; null when the rack type is unknown
 * @param itWatts          draw of everything mounted at nameplate (heat equals draw)
 * @param powerLimitWatts  one feed, its PDU and the rack type's power limit, the smallest
 * @param heatLimitWatts   heat the rack type's cooling removes
 * @param feedWatts        what one feed delivers
 * @param feedCount        2 for A/B feeds (2N), 1 for one feed
 * @param plannedPeakWatts draw at the plan's planned full load; NaN without a plan report
 * @param accelerators     accelerators in the rack's servers
 * @param violations       the facility model's messages for this rack
 */
public record RackFigures(String rackId, String rowId, int rowIndex, int position, String rackTypeId, String rackTypeName,
        CoolingType cooling, double itWatts, double powerLimitWatts, double heatLimitWatts, double feedWatts, int feedCount,
        double plannedPeakWatts, int accelerators, int usedUnits, int heightUnits, String equipmentSummary, List<String> violations) {

    public RackFigures {
        violations = List.copyOf(violations);
    }

    /** The effective rack limit: power and heat, the smaller ({@code RackLimit.loadWatts()}). */
    public double loadLimitWatts() {
        return Math.min(powerLimitWatts, heatLimitWatts);
    }

    /**
     * Power the rack is provisioned for but cannot use: the part of its power limit above its heat
     * limit (cooling runs out first), plus, when every U is taken, the headroom left under the
     * effective limit (space runs out first).
     */
    public double strandedWatts() {
        double byCooling = Math.max(0, powerLimitWatts - heatLimitWatts);
        double bySpace = heightUnits > 0 && usedUnits >= heightUnits ? Math.max(0, loadLimitWatts() - itWatts) : 0;
        return byCooling + bySpace;
    }

    /** What one feed carries now (each of A and B carries half on 2N). */
    public double perFeedWatts() {
        return itWatts / feedCount;
    }

    /** Margin of the feeds: what more the rack may draw before one feed (alone, after losing the other on 2N) is full. */
    public double feedMarginWatts() {
        return feedWatts - itWatts;
    }

    /** The hover text: id, type, equipment, kW now / limit, heat / cooling, feeds, and the violations. */
    public String tooltip() {
        StringBuilder s = new StringBuilder("Rack ").append(rackId).append(" · ").append(rackTypeName).append('\n')
                .append(equipmentSummary.isEmpty() ? "empty" : equipmentSummary).append('\n')
                .append("Power ").append(UnitFormat.watts(itWatts)).append(" / ").append(UnitFormat.watts(powerLimitWatts)).append(" limit\n")
                .append("Heat ").append(UnitFormat.watts(itWatts)).append(" / ").append(UnitFormat.watts(heatLimitWatts)).append(" cooling\n");
        if (feedCount == 2) {
            s.append("Feeds A/B ").append(UnitFormat.watts(perFeedWatts())).append(" each of ").append(UnitFormat.watts(feedWatts))
                    .append(", margin after losing one ").append(UnitFormat.watts(feedMarginWatts()));
        } else {
            s.append("Feed ").append(UnitFormat.watts(itWatts)).append(" of ").append(UnitFormat.watts(feedWatts));
        }
        s.append("\n").append(usedUnits).append(" / ").append(heightUnits).append(" U · ").append(accelerators).append(" accelerators");
        if (!Double.isNaN(plannedPeakWatts)) {
            s.append("\nPlanned peak ").append(UnitFormat.watts(plannedPeakWatts));
        }
        violations.forEach(v -> s.append("\n⚠ ").append(v));
        return s.toString();
    }
}
