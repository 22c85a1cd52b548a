package dev.hallplan.catalog;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One inference accelerator (GPU, NPU, ASIC) as a catalog fact. All figures are SI and dense
 * (without structured sparsity).
 *
 * @param id                               stable catalog id, e.g. {@code "nvidia-h100-sxm"}
 * @param denseFlopsPerSecond              dense peak per precision; a missing precision means unsupported
 * @param scaleUpBidirectionalBytesPerSecond per-device scale-up link bandwidth (NVLink, Infinity Fabric, ICI), both directions summed as vendors quote it
 * @param scaleUpDomainSize                devices reachable over the scale-up link (8 for HGX, 72 for NVL72)
 * @param scaleOutBitsPerSecond            scale-out NIC bandwidth per device, 0 if none
 * @param idleWatts                        power when powered on and idle
 * @param unitPriceUsd                     indicative price of one device (0 when unknown or cloud-only)
 * @param cloudOnly                        true when the device cannot be bought for an own hall (e.g. TPU)
 * @param family                           silicon family whose kernels and energy per operation it shares
 *                                         (e.g. "hopper" for H100 and H200 in every form factor); keys
 *                                         engine calibrations; empty when unknown
 * @param scaleUpLink                      name of the scale-up fabric ("NVLink 4", "Infinity Fabric", "none");
 *                                         empty when unknown
 * @param pcieGeneration                   PCIe generation of the host link (4, 5, ...); 0 when unknown
 *                                         (the estimator then assumes {@value #ASSUMED_PCIE_GENERATION})
 * @param pcieLanes                        PCIe lanes of the host link (16 for an x16 card); 0 when unknown
 *                                         (then {@value #ASSUMED_PCIE_LANES})
 * @param computeWattsAtPeakClock          power above idle of saturated dense tensor work at the datasheet
 *                                         peak clock; above the power limit the chip lowers its clock. 0 when
 *                                         unknown, read as tdpWatts - idleWatts (the chip never throttles at TDP)
 */
public record Accelerator(
        String id,
        String vendor,
        String name,
        String formFactor,
        long memoryBytes,
        String memoryType,
        double memoryBandwidthBytesPerSecond,
        Map<Precision, Double> denseFlopsPerSecond,
        double tdpWatts,
        double idleWatts,
        double scaleUpBidirectionalBytesPerSecond,
        int scaleUpDomainSize,
        double scaleOutBitsPerSecond,
        CoolingType cooling,
        int releaseYear,
        double unitPriceUsd,
        boolean cloudOnly,
        String family,
        String scaleUpLink,
        int pcieGeneration,
        int pcieLanes,
        double computeWattsAtPeakClock,
        Sources sources) implements CatalogEntry {

    /** PCIe generation assumed when an entry gives none. */
    public static final int ASSUMED_PCIE_GENERATION = 4;
    /** PCIe lanes assumed when an entry gives none. */
    public static final int ASSUMED_PCIE_LANES = 16;

    public Accelerator {
        CatalogChecks.id(id);
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cooling, "cooling");
        CatalogChecks.positive(id, "memoryBytes", memoryBytes);
        CatalogChecks.positive(id, "memoryBandwidthBytesPerSecond", memoryBandwidthBytesPerSecond);
        CatalogChecks.positive(id, "tdpWatts", tdpWatts);
        CatalogChecks.nonNegative(id, "idleWatts", idleWatts);
        if (idleWatts > tdpWatts) {
            throw new IllegalArgumentException(id + ": idleWatts " + idleWatts + " W exceeds tdpWatts " + tdpWatts + " W");
        }
        CatalogChecks.nonNegative(id, "scaleUpBidirectionalBytesPerSecond", scaleUpBidirectionalBytesPerSecond);
        CatalogChecks.positive(id, "scaleUpDomainSize", scaleUpDomainSize);
        CatalogChecks.nonNegative(id, "scaleOutBitsPerSecond", scaleOutBitsPerSecond);
        CatalogChecks.nonNegative(id, "unitPriceUsd", unitPriceUsd);
        EnumMap<Precision, Double> flops = new EnumMap<>(Precision.class);
        if (denseFlopsPerSecond != null) {
            denseFlopsPerSecond.forEach((p, v) -> {
                CatalogChecks.positive(id, "denseFlopsPerSecond." + p, v);
                flops.put(p, v);
            });
        }
        denseFlopsPerSecond = Collections.unmodifiableMap(flops);
        CatalogChecks.nonNegative(id, "pcieGeneration", pcieGeneration);
        CatalogChecks.nonNegative(id, "pcieLanes", pcieLanes);
        CatalogChecks.nonNegative(id, "computeWattsAtPeakClock", computeWattsAtPeakClock);
        memoryType = memoryType == null ? "" : memoryType;
        formFactor = formFactor == null ? "" : formFactor;
        family = family == null ? "" : family;
        scaleUpLink = scaleUpLink == null ? "" : scaleUpLink;
        sources = sources == null ? Sources.of(Map.of()) : sources;
    }

    /**
     * An accelerator without family, link names or a compute power figure (the form before issue 14;
     * those fields read as unknown).
     */
    public Accelerator(String id, String vendor, String name, String formFactor, long memoryBytes, String memoryType,
                       double memoryBandwidthBytesPerSecond, Map<Precision, Double> denseFlopsPerSecond, double tdpWatts,
                       double idleWatts, double scaleUpBidirectionalBytesPerSecond, int scaleUpDomainSize,
                       double scaleOutBitsPerSecond, CoolingType cooling, int releaseYear, double unitPriceUsd,
                       boolean cloudOnly, Sources sources) {
        this(id, vendor, name, formFactor, memoryBytes, memoryType, memoryBandwidthBytesPerSecond, denseFlopsPerSecond,
                tdpWatts, idleWatts, scaleUpBidirectionalBytesPerSecond, scaleUpDomainSize, scaleOutBitsPerSecond, cooling,
                releaseYear, unitPriceUsd, cloudOnly, "", "", 0, 0, 0, sources);
    }

    /** Dense peak FLOP/s (or OP/s for integer formats) in {@code precision}, empty if the chip lacks it. */
    public Optional<Double> denseFlops(Precision precision) {
        return Optional.ofNullable(denseFlopsPerSecond.get(precision));
    }

    /** True when the chip executes {@code precision} natively. */
    public boolean supports(Precision precision) {
        return denseFlopsPerSecond.containsKey(precision);
    }

    /**
     * One direction of the host PCIe link at its raw signalling rate: lanes x the per-lane rate of the
     * generation (Gen3 0.985, Gen4 1.969, Gen5 3.938, Gen6 7.563 GB/s), the assumed Gen4 x16 when unknown.
     */
    public double pcieUnidirectionalBytesPerSecond() {
        int generation = pcieGeneration > 0 ? pcieGeneration : ASSUMED_PCIE_GENERATION;
        int lanes = pcieLanes > 0 ? pcieLanes : ASSUMED_PCIE_LANES;
        return lanes * PcieRates.bytesPerSecondPerLane(generation);
    }

    /** {@link #computeWattsAtPeakClock}, or tdpWatts - idleWatts when the entry gives none. */
    public double dynamicComputeWattsAtPeakClock() {
        return computeWattsAtPeakClock > 0 ? computeWattsAtPeakClock : tdpWatts - idleWatts;
    }

    /** One direction of the scale-up link, the rate a ring all-reduce step can use. */
    public double scaleUpUnidirectionalBytesPerSecond() {
        return scaleUpBidirectionalBytesPerSecond / 2.0;
    }
}
