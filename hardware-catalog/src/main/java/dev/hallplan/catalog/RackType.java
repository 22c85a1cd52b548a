package dev.hallplan.catalog;

import java.util.Map;
import java.util.Objects;

/**
 * A rack enclosure with its power and heat limits.
 *
 * @param powerLimitWatts       the most IT power the rack's feeds may deliver (per feed when 2N)
 * @param maxHeatRemovalWatts   the most heat its cooling type can remove
 * @param widthMeters           footprint width, for floor area
 * @param depthMeters           footprint depth
 */
public record RackType(
        String id,
        String name,
        int heightUnits,
        double powerLimitWatts,
        CoolingType cooling,
        double maxHeatRemovalWatts,
        double widthMeters,
        double depthMeters,
        double priceUsd,
        Sources sources) implements CatalogEntry {

    public RackType {
        CatalogChecks.id(id);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cooling, "cooling");
        CatalogChecks.positive(id, "heightUnits", heightUnits);
        CatalogChecks.positive(id, "powerLimitWatts", powerLimitWatts);
        CatalogChecks.positive(id, "maxHeatRemovalWatts", maxHeatRemovalWatts);
        CatalogChecks.positive(id, "widthMeters", widthMeters);
        CatalogChecks.positive(id, "depthMeters", depthMeters);
        CatalogChecks.nonNegative(id, "priceUsd", priceUsd);
        sources = sources == null ? Sources.of(Map.of()) : sources;
    }

    public double footprintSquareMeters() {
        return widthMeters * depthMeters;
    }
}
