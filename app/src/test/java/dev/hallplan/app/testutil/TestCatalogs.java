package dev.hallplan.app.testutil;

import dev.hallplan.catalog.Accelerator;
import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CoolingType;
import dev.hallplan.catalog.Precision;
import dev.hallplan.catalog.Provenance;
import dev.hallplan.catalog.ProvenanceKind;
import dev.hallplan.catalog.RackType;
import dev.hallplan.catalog.Sources;
import java.util.Map;

/** Small hand-built catalogs for UI tests that must not depend on the built-in data. */
public final class TestCatalogs {
    private TestCatalogs() {
    }

    private static final Sources TEST = Sources.of(Map.of(Sources.DEFAULT_KEY,
            new Provenance("test fixture", ProvenanceKind.ESTIMATE, "")));

    public static Accelerator accelerator(String id, String vendor, double memoryGb, double bandwidthTbps, double bf16Tflops, double tdpWatts) {
        return new Accelerator(id, vendor, id.toUpperCase(), "SXM", (long) (memoryGb * 1e9), "HBM3",
                bandwidthTbps * 1e12, Map.of(Precision.BF16, bf16Tflops * 1e12), tdpWatts, tdpWatts * 0.1,
                900e9, 8, 400e9, CoolingType.AIR, 2023, 25_000, false, TEST);
    }

    public static Catalog small() {
        return Catalog.builder()
                .add(accelerator("gpu-a", "NVIDIA", 80, 3.35, 989, 700))
                .add(accelerator("gpu-b", "NVIDIA", 141, 4.8, 989, 700))
                .add(accelerator("gpu-c", "AMD", 192, 5.3, 1307, 750))
                .add(new RackType("rack-air-40kw", "Air 40 kW", 42, 40_000, CoolingType.AIR, 40_000, 0.6, 1.2, 3_000, TEST))
                .build();
    }
}
