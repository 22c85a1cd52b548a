package dev.hallplan.catalog;

import dev.hallplan.catalog.units.UnitFormat;
import java.util.ArrayList;
import java.util.List;

/** One-line descriptions of catalog entries (vendor, name, key figures) for lists in the CLI and UI. */
public final class CatalogSummary {
    private CatalogSummary() {
    }

    /** The entry's vendor, or an empty string for kinds without one. */
    public static String vendor(Object entry) {
        if (entry instanceof Accelerator a) return a.vendor();
        if (entry instanceof ServerModel s) return s.vendor();
        if (entry instanceof NetworkDevice n) return n.vendor();
        if (entry instanceof StorageSystem s) return s.vendor();
        return "";
    }

    /** The entry's display name. */
    public static String name(Object entry) {
        if (entry instanceof CatalogEntry e) {
            return e.name();
        }
        throw new IllegalArgumentException("not a catalog entry: " + entry);
    }

    /** The figures a planner looks at first, e.g. "141 GB HBM3e · 4.8 TB/s · 989 TFLOP/s BF16 · 700 W". */
    public static String keyFigures(Object entry) {
        List<String> parts = new ArrayList<>();
        if (entry instanceof Accelerator a) {
            parts.add(UnitFormat.bytes(a.memoryBytes()) + (a.memoryType().isEmpty() ? "" : " " + a.memoryType()));
            parts.add(UnitFormat.bytesPerSecond(a.memoryBandwidthBytesPerSecond()));
            a.denseFlops(Precision.BF16).or(() -> a.denseFlops(Precision.FP16))
                    .ifPresent(f -> parts.add(UnitFormat.flopsPerSecond(f) + (a.supports(Precision.BF16) ? " BF16" : " FP16")));
            a.denseFlops(Precision.FP8).ifPresent(f -> parts.add(UnitFormat.flopsPerSecond(f) + " FP8"));
            parts.add(UnitFormat.watts(a.tdpWatts()));
            if (a.cloudOnly()) parts.add("cloud only");
        } else if (entry instanceof ServerModel s) {
            parts.add(s.acceleratorCount() + "× " + s.acceleratorId());
            parts.add(UnitFormat.watts(s.maxPowerWatts()));
            parts.add(s.rackUnits() + " U" + (s.rackScale() ? " rack-scale" : ""));
            parts.add(s.cooling().name().toLowerCase().replace('_', ' '));
            if (s.priceUsd() > 0) parts.add(UnitFormat.usd(s.priceUsd()));
        } else if (entry instanceof NetworkDevice n) {
            parts.add(n.kind().name().toLowerCase().replace('_', ' '));
            parts.add(n.ports() + "× " + UnitFormat.bitsPerSecond(n.portBitsPerSecond()));
            parts.add(UnitFormat.watts(n.powerWatts()));
        } else if (entry instanceof StorageSystem s) {
            parts.add(UnitFormat.bytes(s.capacityBytes()));
            parts.add(UnitFormat.bytesPerSecond(s.readBytesPerSecond()) + " read");
            parts.add(UnitFormat.watts(s.powerWatts()));
        } else if (entry instanceof RackType r) {
            parts.add(r.heightUnits() + " U");
            parts.add(UnitFormat.watts(r.powerLimitWatts()));
            parts.add(r.cooling().name().toLowerCase().replace('_', ' '));
        } else if (entry instanceof CoolingUnit c) {
            parts.add(c.kind().name());
            parts.add(UnitFormat.watts(c.capacityWatts()) + " heat");
            parts.add(UnitFormat.watts(c.powerDrawWatts()) + " draw");
        } else if (entry instanceof PowerEquipment p) {
            parts.add(p.kind().name());
            parts.add(UnitFormat.watts(p.capacityWatts()));
            parts.add(UnitFormat.percent(p.efficiencyAt(0.5)) + " at 50% load");
        } else if (entry instanceof ServingEngine e) {
            parts.add(UnitFormat.percent(e.memoryBandwidthEfficiency()) + " of peak bandwidth");
            parts.add(UnitFormat.percent(e.computeEfficiency()) + " of peak compute");
        } else {
            throw new IllegalArgumentException("not a catalog entry: " + entry);
        }
        return String.join(" · ", parts);
    }
}
