package dev.hallplan.catalog;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A server or rack-scale system that holds accelerators: an 8-GPU HGX board, a 4-card PCIe box,
 * or a whole GB200 NVL72 rack ({@code rackScale = true}, one scale-up domain filling a rack).
 *
 * @param acceleratorId       catalog id of the accelerator it carries
 * @param acceleratorCount    accelerators in the system
 * @param scaleUpDomainSize   accelerators joined by the scale-up fabric inside this system (8, 72, or 1 for PCIe without bridges)
 * @param maxPowerWatts       wall power at full load, accelerators included
 * @param idlePowerWatts      wall power when on and idle
 * @param hostOverheadWatts   non-accelerator power (CPUs, memory, NICs, fans, conversion losses) while the accelerators draw their TDP; the estimator interpolates from the idle host share (docs/throughput-model.md)
 * @param liquidHeatFraction  share of heat carried away by liquid (0 for air-cooled servers)
 * @param nics                network interfaces fitted (catalog network ids with counts)
 */
public record ServerModel(
        String id,
        String vendor,
        String name,
        String acceleratorId,
        int acceleratorCount,
        int scaleUpDomainSize,
        boolean rackScale,
        double maxPowerWatts,
        double idlePowerWatts,
        double hostOverheadWatts,
        int rackUnits,
        double weightKg,
        double priceUsd,
        CoolingType cooling,
        double liquidHeatFraction,
        List<NicFit> nics,
        Sources sources) implements CatalogEntry {

    /** {@code count} network devices of catalog id {@code networkId} fitted in a server. */
    public record NicFit(String networkId, int count) {
        public NicFit {
            Objects.requireNonNull(networkId, "networkId");
            if (count <= 0) {
                throw new IllegalArgumentException("NIC count must be positive, was " + count);
            }
        }
    }

    public ServerModel {
        CatalogChecks.id(id);
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(acceleratorId, "acceleratorId");
        Objects.requireNonNull(cooling, "cooling");
        CatalogChecks.positive(id, "acceleratorCount", acceleratorCount);
        CatalogChecks.positive(id, "scaleUpDomainSize", scaleUpDomainSize);
        if (scaleUpDomainSize > acceleratorCount) {
            throw new IllegalArgumentException(id + ": scaleUpDomainSize " + scaleUpDomainSize
                    + " exceeds acceleratorCount " + acceleratorCount);
        }
        CatalogChecks.positive(id, "maxPowerWatts", maxPowerWatts);
        CatalogChecks.nonNegative(id, "idlePowerWatts", idlePowerWatts);
        CatalogChecks.nonNegative(id, "hostOverheadWatts", hostOverheadWatts);
        if (idlePowerWatts > maxPowerWatts) {
            throw new IllegalArgumentException(id + ": idlePowerWatts exceeds maxPowerWatts");
        }
        CatalogChecks.positive(id, "rackUnits", rackUnits);
        CatalogChecks.nonNegative(id, "weightKg", weightKg);
        CatalogChecks.nonNegative(id, "priceUsd", priceUsd);
        CatalogChecks.fraction(id, "liquidHeatFraction", liquidHeatFraction);
        nics = nics == null ? List.of() : List.copyOf(nics);
        sources = sources == null ? Sources.of(Map.of()) : sources;
    }
}
