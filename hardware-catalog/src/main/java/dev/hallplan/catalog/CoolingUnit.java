package dev.hallplan.catalog;

import java.util.Map;
import java.util.Objects;

/**
 * A room or loop cooling unit.
 *
 * @param capacityWatts     heat it removes at rated conditions
 * @param powerDrawWatts    its own electrical draw at rated capacity (fans, pumps, compressors)
 */
public record CoolingUnit(
        String id,
        String name,
        CoolingUnitKind kind,
        double capacityWatts,
        double powerDrawWatts,
        double priceUsd,
        Sources sources) implements CatalogEntry {

    public enum CoolingUnitKind {
        CRAH, CDU, CHILLER, DRY_COOLER
    }

    public CoolingUnit {
        CatalogChecks.id(id);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        CatalogChecks.positive(id, "capacityWatts", capacityWatts);
        CatalogChecks.nonNegative(id, "powerDrawWatts", powerDrawWatts);
        CatalogChecks.nonNegative(id, "priceUsd", priceUsd);
        sources = sources == null ? Sources.of(Map.of()) : sources;
    }
}
