package dev.hallplan.sweeps.spec;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a numeric sweep axis changes in the base project. Every value on such an axis is a
 * multiplier of the base project's own figure (1 = as the project says); docs/sweeps.md lists the
 * exact fields each kind scales.
 */
public enum AxisKind {
    /** Catalog price of the servers carrying an accelerator (one id, one vendor, or all). */
    HARDWARE_PRICE("hardwarePrice"),
    /** Every hall's hourly grid energy price (tariff); demand charges and PPA prices stay. */
    ENERGY_PRICE("energyPrice"),
    /** The solver's internal carbon price (the weight of the "Grid carbon" constraint). */
    CARBON_PRICE("carbonPrice"),
    /** Peak demand of every workload, or of one. */
    DEMAND("demand"),
    /** Nameplate capacity of every renewable source of every hall. */
    RENEWABLES("renewables");

    private final String key;

    AxisKind(String key) {
        this.key = key;
    }

    /** The name used in spec files, e.g. {@code energyPrice}. */
    public String key() {
        return key;
    }

    /** The kind spelled {@code key} in a spec file. */
    public static Optional<AxisKind> ofKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    /** Every key, for messages. */
    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(AxisKind::key).toList());
    }
}
