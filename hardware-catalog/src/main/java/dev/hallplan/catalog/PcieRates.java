package dev.hallplan.catalog;

/**
 * PCI Express data rate of one lane in one direction after line coding, by generation (PCI-SIG
 * specifications as tabulated at https://en.wikipedia.org/wiki/PCI_Express#Comparison_table):
 * Gen3 8 GT/s 128b/130b = 0.985 GB/s, Gen4 1.969, Gen5 3.938, Gen6 64 GT/s PAM4 with FLIT = 7.563 GB/s.
 */
final class PcieRates {
    private static final double[] BYTES_PER_SECOND = {0, 0.25e9, 0.5e9, 0.985e9, 1.969e9, 3.938e9, 7.563e9};

    private PcieRates() {
    }

    /** Bytes/s of one lane in one direction; generations beyond 6 are read as 6. */
    static double bytesPerSecondPerLane(int generation) {
        if (generation < 1) {
            throw new IllegalArgumentException("PCIe generation must be 1 or more, was " + generation);
        }
        return BYTES_PER_SECOND[Math.min(generation, BYTES_PER_SECOND.length - 1)];
    }
}
