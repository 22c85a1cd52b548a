package dev.hallplan.catalog;

import java.util.Map;
import java.util.Set;

/**
 * What a catalog file may leave out and the plausible range of each figure, per record type.
 * Every number without a rule here must merely not be negative. Bounds are generous: they catch
 * typos and unit slips (kW for W, GB for bytes), not unusual hardware.
 */
final class CatalogRules {
    private static final Map<Class<?>, Set<String>> OPTIONAL = Map.of(
            Accelerator.class, Set.of("formFactor", "memoryType", "scaleOutBitsPerSecond", "releaseYear", "unitPriceUsd", "cloudOnly",
                    "family", "scaleUpLink", "pcieGeneration", "pcieLanes", "computeWattsAtPeakClock"),
            ServerModel.class, Set.of("rackScale", "weightKg", "priceUsd", "liquidHeatFraction", "nics"),
            NetworkDevice.class, Set.of("rackUnits", "priceUsd"),
            StorageSystem.class, Set.of("priceUsd"),
            RackType.class, Set.of("priceUsd"),
            CoolingUnit.class, Set.of("priceUsd"),
            PowerEquipment.class, Set.of("priceUsd"),
            ServingEngine.class, Set.of("memoryUtilization", "maxConcurrentSequences", "prefillChunkTokens", "kvCacheDtype", "fp8Attention",
                    "calibrations"),
            ServingEngine.Calibration.class, Set.of("memoryBandwidthEfficiency", "note"));

    private static final String ONE_ACC = "for a single accelerator";
    private static final String ONE_SYS = "for one server or rack-scale system";
    private static final String ONE_DEV = "for one network device";
    private static final String ONE_STO = "for one storage building block";
    private static final String ONE_RACK = "for one rack";

    private static final Map<Class<?>, Map<String, Limit>> LIMITS = Map.ofEntries(
            Map.entry(Accelerator.class, Map.ofEntries(
                    Map.entry("memoryBytes", Limit.positive(10e12, ONE_ACC)),
                    Map.entry("memoryBandwidthBytesPerSecond", Limit.positive(1e17, ONE_ACC)),
                    Map.entry("denseFlopsPerSecond", Limit.positive(1e18, ONE_ACC)),
                    // the 5 kW ceiling (30 kW wafer-scale) depends on formFactor: see CrossFieldRules
                    Map.entry("tdpWatts", Limit.positive(30e3, ONE_ACC)),
                    Map.entry("scaleUpBidirectionalBytesPerSecond", Limit.nonNegative(1e14, ONE_ACC)),
                    Map.entry("scaleUpDomainSize", Limit.positive(100_000, "devices in one scale-up domain")),
                    Map.entry("scaleOutBitsPerSecond", Limit.nonNegative(1e13, ONE_ACC)),
                    Map.entry("releaseYear", Limit.nonNegative(2040, "as a release year")),
                    Map.entry("unitPriceUsd", Limit.nonNegative(1e8, ONE_ACC)),
                    Map.entry("pcieGeneration", Limit.nonNegative(7, "as a PCIe generation")),
                    Map.entry("pcieLanes", Limit.nonNegative(32, "PCIe lanes of one device")),
                    Map.entry("computeWattsAtPeakClock", Limit.nonNegative(30e3, ONE_ACC)))),
            Map.entry(ServerModel.class, Map.ofEntries(
                    Map.entry("acceleratorCount", Limit.positive(1024, ONE_SYS)),
                    Map.entry("scaleUpDomainSize", Limit.positive(1024, ONE_SYS)),
                    Map.entry("maxPowerWatts", Limit.positive(250e3, ONE_SYS)),
                    Map.entry("rackUnits", Limit.positive(60, ONE_SYS)),
                    Map.entry("weightKg", Limit.nonNegative(5000, ONE_SYS)),
                    Map.entry("priceUsd", Limit.nonNegative(1e8, ONE_SYS)),
                    Map.entry("liquidHeatFraction", Limit.nonNegative(1, "(a fraction)")))),
            Map.entry(ServerModel.NicFit.class, Map.of("count", Limit.positive(1024, "devices in one system"))),
            Map.entry(NetworkDevice.class, Map.of(
                    "ports", Limit.positive(4096, ONE_DEV),
                    "portBitsPerSecond", Limit.positive(3.2e12, "for one port"),
                    "powerWatts", Limit.nonNegative(20e3, ONE_DEV),
                    "rackUnits", Limit.nonNegative(60, ONE_DEV),
                    "priceUsd", Limit.nonNegative(1e7, ONE_DEV))),
            Map.entry(StorageSystem.class, Map.of(
                    "capacityBytes", Limit.positive(1e17, ONE_STO),
                    "readBytesPerSecond", Limit.positive(1e13, ONE_STO),
                    "writeBytesPerSecond", Limit.positive(1e13, ONE_STO),
                    "powerWatts", Limit.positive(50e3, ONE_STO),
                    "rackUnits", Limit.positive(60, ONE_STO),
                    "priceUsd", Limit.nonNegative(1e8, ONE_STO))),
            Map.entry(RackType.class, Map.of(
                    "heightUnits", Limit.positive(60, ONE_RACK),
                    "powerLimitWatts", Limit.positive(500e3, ONE_RACK),
                    "maxHeatRemovalWatts", Limit.positive(500e3, ONE_RACK),
                    "widthMeters", Limit.positive(3, ONE_RACK),
                    "depthMeters", Limit.positive(3, ONE_RACK),
                    "priceUsd", Limit.nonNegative(1e7, ONE_RACK))),
            Map.entry(CoolingUnit.class, Map.of(
                    "capacityWatts", Limit.positive(50e6, "for one cooling unit"),
                    "powerDrawWatts", Limit.nonNegative(20e6, "for one cooling unit"))),
            Map.entry(PowerEquipment.class, Map.of("capacityWatts", Limit.positive(100e6, "for one piece of power equipment"))),
            Map.entry(PowerEquipment.EfficiencyPoint.class, Map.of(
                    "loadFraction", Limit.nonNegative(1.5, "(a fraction of rated load)"),
                    "efficiency", Limit.positive(1, "(output over input)"))),
            Map.entry(ServingEngine.class, Map.of(
                    "memoryBandwidthEfficiency", Limit.positive(1, "(a fraction of peak)"),
                    "computeEfficiency", Limit.positive(1, "(a fraction of peak)"),
                    "kvCacheUtilization", Limit.positive(1, "(a fraction)"),
                    "stepOverheadSeconds", Limit.nonNegative(1, "per decode step"),
                    "runtimeReserveBytes", Limit.nonNegative(1e12, "of device memory"),
                    "memoryUtilization", Limit.nonNegative(1, "(a fraction of device memory)"),
                    "maxConcurrentSequences", Limit.nonNegative(1_000_000, "running sequences"),
                    "prefillChunkTokens", Limit.nonNegative(10_000_000, "tokens per engine step"))),
            Map.entry(ServingEngine.Calibration.class, Map.of(
                    "computeEfficiency", Limit.positive(1, "(a fraction of peak)"),
                    "memoryBandwidthEfficiency", Limit.nonNegative(1, "(a fraction of peak)"))));

    private CatalogRules() {
    }

    /** Components of {@code type} a file may omit (they default to 0, false, empty). */
    static Set<String> optional(Class<?> type) {
        return OPTIONAL.getOrDefault(type, Set.of());
    }

    /** The range of numeric {@code field} of {@code type}; non-negative when no rule is written down. */
    static Limit limit(Class<?> type, String field) {
        return LIMITS.getOrDefault(type, Map.of()).getOrDefault(field, Limit.NON_NEGATIVE);
    }
}
