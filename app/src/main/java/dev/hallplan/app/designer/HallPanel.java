package dev.hallplan.app.designer;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.facility.FloorArea;
import dev.hallplan.engine.facility.HallState;
import dev.hallplan.engine.project.Hall;
import java.util.ArrayList;
import java.util.List;

/** The hall's figures for the side panel, each from the facility model's state (never summed here). */
final class HallPanel {
    private HallPanel() {
    }

    private static final HourlySupplyLimit SUPPLY = new HourlySupplyLimit();

    /**
     * Label and value pairs: IT, facility draw and PUE, grid headroom, what the supply carries every
     * hour, UPS, cooling, stranded capacity, white space. Called on the UI thread.
     */
    static List<String[]> lines(HallState s, Hall hall, Catalog catalog) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"IT load (nameplate)", UnitFormat.watts(s.itWatts())});
        lines.add(new String[] {"Facility draw (design month)", UnitFormat.watts(s.facilityWatts()) + " · PUE " + UnitFormat.number(s.designPue())});
        lines.add(new String[] {"Grid tie-in headroom", UnitFormat.watts(s.powerChain().gridHeadroomWatts()) + " of "
                + UnitFormat.watts(s.powerChain().gridCapacityWatts())});
        boolean pueKnown = s.monthlyPue().stream().allMatch(p -> p >= 1 && !p.isInfinite()); // NaN in a hall without IT load
        lines.add(new String[] {"Supply, every hour of the year", pueKnown
                ? supplyText(SUPPLY.itWatts(hall.supply(), s.monthlyPue()), s.itWatts()) : "no IT load to check yet"});
        lines.add(new String[] {"UPS", s.powerChain().ups().modelled()
                ? UnitFormat.watts(s.powerChain().ups().loadWatts()) + " / " + UnitFormat.watts(s.powerChain().ups().usableWatts()) + " usable"
                : "not listed"});
        lines.add(new String[] {"IT headroom", UnitFormat.watts(s.itHeadroomWatts()) + " (" + s.stranded().binding().name().toLowerCase()
                + " runs out first)"});
        lines.add(new String[] {"Stranded power / cooling / space", UnitFormat.watts(s.stranded().strandedPowerWatts()) + " / "
                + UnitFormat.watts(s.stranded().strandedCoolingWatts()) + " / " + UnitFormat.watts(s.stranded().strandedSpaceWatts())});
        lines.add(new String[] {"Cooling plant headroom", Double.isInfinite(s.plantHeadroomWatts()) ? "no plant listed"
                : UnitFormat.watts(s.plantHeadroomWatts())});
        FloorArea area = FloorArea.of(hall, catalog);
        lines.add(new String[] {"White space", UnitFormat.number(area.whiteSpaceSquareMeters()) + " m² (" + UnitFormat.number(area.lengthMeters())
                + " × " + UnitFormat.number(area.depthMeters()) + " m)"});
        lines.add(new String[] {"Violations", String.valueOf(s.violations().size())});
        return lines;
    }

    /** What the supply-adequacy model says of this hall at nameplate: the IT it carries every hour, and whether nameplate fits. */
    static String supplyText(double carriedItWatts, double nameplateItWatts) {
        if (Double.isInfinite(carriedItWatts)) {
            return "no limit";
        }
        String carried = "carries " + UnitFormat.watts(carriedItWatts) + " IT";
        return nameplateItWatts <= carriedItWatts ? carried + " · nameplate fits"
                : carried + " · nameplate ⚠ " + UnitFormat.watts(nameplateItWatts - carriedItWatts) + " over";
    }
}
