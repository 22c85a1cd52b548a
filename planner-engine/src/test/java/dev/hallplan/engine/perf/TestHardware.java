package dev.hallplan.engine.perf;

import dev.hallplan.catalog.Accelerator;
import dev.hallplan.catalog.CatalogLoader;
import dev.hallplan.catalog.CoolingType;
import dev.hallplan.catalog.Precision;
import dev.hallplan.catalog.Provenance;
import dev.hallplan.catalog.ProvenanceKind;
import dev.hallplan.catalog.ServingEngine;
import dev.hallplan.catalog.Sources;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hand-built accelerators (figures from /work/shared/reference/hardware-specs.tsv, dense) and the
 * serving-engine profiles of the built-in catalog (engines.json through the catalog loader), for tests
 * and benchmarks.
 */
public final class TestHardware {
    private static final double TB = 1e12;
    private static final double T = 1e12;
    private static final Map<String, ServingEngine> ENGINES = loadEngines();

    private TestHardware() {
    }

    public static Accelerator h100() {
        return gpu("nvidia-h100-sxm", 80e9, 3.35 * TB, 989 * T, 1979 * T, 0, 700, 90, 900e9, 8);
    }

    public static Accelerator h200() {
        return gpu("nvidia-h200-sxm", 141e9, 4.8 * TB, 989.4 * T, 1978.9 * T, 0, 700, 90, 900e9, 8);
    }

    public static Accelerator b200() {
        return gpu("nvidia-b200", 180e9, 8.0 * TB, 2250 * T, 4500 * T, 9000 * T, 1000, 140, 1800e9, 8);
    }

    public static Accelerator mi300x() {
        return gpu("amd-mi300x", 192e9, 5.3 * TB, 1307.4 * T, 2614.9 * T, 0, 750, 110, 896e9, 8);
    }

    /** An accelerator with everything of {@link #h100()} but {@code bandwidth} bytes/s of memory bandwidth. */
    public static Accelerator h100WithBandwidth(double bandwidth) {
        return gpu("test-h100-bw", 80e9, bandwidth, 989 * T, 1979 * T, 0, 700, 90, 900e9, 8);
    }

    /** An H100 with {@code memoryBytes} of memory. */
    public static Accelerator h100WithMemory(long memoryBytes) {
        return gpu("test-h100-mem", memoryBytes, 3.35 * TB, 989 * T, 1979 * T, 0, 700, 90, 900e9, 8);
    }

    static Accelerator gpu(String id, double memoryBytes, double bandwidth, double bf16, double fp8, double fp4,
                           double tdp, double idle, double nvlinkBidirectional, int domain) {
        Map<Precision, Double> flops = new LinkedHashMap<>();
        flops.put(Precision.BF16, bf16);
        flops.put(Precision.FP16, bf16);
        flops.put(Precision.FP8, fp8);
        flops.put(Precision.INT8, fp8);
        if (fp4 > 0) {
            flops.put(Precision.FP4, fp4);
        }
        return new Accelerator(id, "test", id, "SXM", (long) memoryBytes, "HBM", bandwidth, flops, tdp, idle,
                nvlinkBidirectional, domain, 400e9, CoolingType.AIR, 2024, 0, false,
                Sources.of(Map.of(Sources.DEFAULT_KEY, new Provenance("/work/shared/reference/hardware-specs.tsv",
                        ProvenanceKind.VENDOR, "test fixture"))));
    }

    /** The built-in engine profile {@code id} from hardware-catalog's engines.json. */
    public static ServingEngine engine(String id) {
        ServingEngine e = ENGINES.get(id);
        if (e == null) {
            throw new IllegalArgumentException("no engine " + id + " in engines.json");
        }
        return e;
    }

    public static Map<String, ServingEngine> engines() {
        return ENGINES;
    }

    public static ServingEngine trtLlm() {
        return engine("tensorrt-llm");
    }

    private static Map<String, ServingEngine> loadEngines() {
        Map<String, ServingEngine> m = new LinkedHashMap<>();
        CatalogLoader.builtIn().engines().forEach(e -> m.put(e.id(), e));
        return m;
    }
}
