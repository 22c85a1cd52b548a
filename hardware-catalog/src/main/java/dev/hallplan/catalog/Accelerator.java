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
        Sources sources) implements CatalogEntry {

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
        memoryType = memoryType == null ? "" : memoryType;
        formFactor = formFactor == null ? "" : formFactor;
        sources = sources == null ? Sources.of(Map.of()) : sources;
    }

    /** Dense peak FLOP/s (or OP/s for integer formats) in {@code precision}, empty if the chip lacks it. */
    public Optional<Double> denseFlops(Precision precision) {
        return Optional.ofNullable(denseFlopsPerSecond.get(precision));
    }

    /** True when the chip executes {@code precision} natively. */
    public boolean supports(Precision precision) {
        return denseFlopsPerSecond.containsKey(precision);
    }

    /** One direction of the scale-up link, the rate a ring all-reduce step can use. */
    public double scaleUpUnidirectionalBytesPerSecond() {
        return scaleUpBidirectionalBytesPerSecond / 2.0;
    }
}
