package dev.hallplan.catalog;

import java.util.Map;
import java.util.Objects;

/**
 * A switch, NIC/DPU, NVLink switch tray, optic or cable.
 *
 * @param ports                 usable ports at {@code portBitsPerSecond} (1 for a NIC or optic)
 * @param portBitsPerSecond     line rate of one port
 * @param powerWatts            typical power at load, optics excluded for switches
 * @param rackUnits             rack space; 0 for devices that sit inside a server or are pluggable
 */
public record NetworkDevice(
        String id,
        String vendor,
        String name,
        NetworkKind kind,
        int ports,
        double portBitsPerSecond,
        double powerWatts,
        int rackUnits,
        double priceUsd,
        Sources sources) implements CatalogEntry {

    public enum NetworkKind {
        INFINIBAND_SWITCH, ETHERNET_SWITCH, NVLINK_SWITCH_TRAY, NIC, DPU, OPTIC, CABLE
    }

    public NetworkDevice {
        CatalogChecks.id(id);
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        CatalogChecks.positive(id, "ports", ports);
        CatalogChecks.positive(id, "portBitsPerSecond", portBitsPerSecond);
        CatalogChecks.nonNegative(id, "powerWatts", powerWatts);
        CatalogChecks.nonNegative(id, "rackUnits", rackUnits);
        CatalogChecks.nonNegative(id, "priceUsd", priceUsd);
        sources = sources == null ? Sources.of(Map.of()) : sources;
    }

    /** Aggregate one-direction bandwidth of all ports. */
    public double totalBitsPerSecond() {
        return ports * portBitsPerSecond;
    }
}
