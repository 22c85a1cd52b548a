package dev.hallplan.catalog;

import java.util.Map;
import java.util.Objects;

/** An all-flash NVMe node or a distributed cache node, as one rack-mounted building block. */
public record StorageSystem(
        String id,
        String vendor,
        String name,
        StorageKind kind,
        long capacityBytes,
        double readBytesPerSecond,
        double writeBytesPerSecond,
        double powerWatts,
        int rackUnits,
        double priceUsd,
        Sources sources) implements CatalogEntry {

    public enum StorageKind {
        ALL_FLASH_NVME, DISTRIBUTED_CACHE
    }

    public StorageSystem {
        CatalogChecks.id(id);
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        CatalogChecks.positive(id, "capacityBytes", capacityBytes);
        CatalogChecks.positive(id, "readBytesPerSecond", readBytesPerSecond);
        CatalogChecks.positive(id, "writeBytesPerSecond", writeBytesPerSecond);
        CatalogChecks.positive(id, "powerWatts", powerWatts);
        CatalogChecks.positive(id, "rackUnits", rackUnits);
        CatalogChecks.nonNegative(id, "priceUsd", priceUsd);
        sources = sources == null ? Sources.of(Map.of()) : sources;
    }
}
