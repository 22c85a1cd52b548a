package dev.hallplan.engine.perf;

import dev.hallplan.catalog.Accelerator;

/**
 * The path tensor-parallel collectives of one replica take (see docs/throughput-model.md,
 * "Parallelism without a scale-up fabric"): the scale-up link when the tensor group fits in one
 * scale-up domain, else the host's PCIe when it fits in one host, else the scale-out NICs.
 *
 * @param name           what the assumptions and results call it, e.g. "PCIe Gen5 x16"
 * @param bytesPerSecond one direction, as a ring collective achieves it
 * @param latencySeconds fixed cost of one small collective
 */
record Link(String name, double bytesPerSecond, double latencySeconds) {
    /** Devices a host is assumed to join over PCIe when no server is given. */
    static final int ASSUMED_HOST_DEVICES = 8;
    /** Launch and synchronisation of one collective over NVLink-class links (estimate). */
    static final double SCALE_UP_LATENCY_SECONDS = 8e-6;
    /**
     * Share of the raw PCIe rate NCCL's ring achieves: 35-45 GB/s bus bandwidth on 8 x H100 PCIe
     * without NVLink against 63 GB/s raw Gen5 x16 (https://docs.alayanew.com/en/docs/tech-blog/2026-05-06-nccl-tests).
     */
    static final double PCIE_EFFICIENCY = 0.63;
    /** One small collective through the PCIe root complex or switch (estimate, 2-3x NVLink's). */
    static final double PCIE_LATENCY_SECONDS = 20e-6;
    /** Share of the NIC line rate a collective achieves across servers (estimate). */
    static final double SCALE_OUT_EFFICIENCY = 0.8;
    /** One small collective across servers (estimate). */
    static final double SCALE_OUT_LATENCY_SECONDS = 30e-6;

    static Link forTensorParallel(EstimateRequest r) {
        Accelerator a = r.accelerator();
        int tp = r.parallelism().tensor();
        if (tp <= r.scaleUpDomainSize() && a.scaleUpBidirectionalBytesPerSecond() > 0) {
            return new Link(a.scaleUpLink().isEmpty() ? "scale-up link" : a.scaleUpLink(),
                    a.scaleUpUnidirectionalBytesPerSecond(), SCALE_UP_LATENCY_SECONDS);
        }
        if (tp <= r.hostDeviceCount() || a.scaleOutBitsPerSecond() <= 0) {
            return pcie(a);
        }
        return new Link("scale-out network", a.scaleOutBitsPerSecond() / 8.0 * SCALE_OUT_EFFICIENCY,
                SCALE_OUT_LATENCY_SECONDS);
    }

    static Link pcie(Accelerator a) {
        int generation = a.pcieGeneration() > 0 ? a.pcieGeneration() : Accelerator.ASSUMED_PCIE_GENERATION;
        int lanes = a.pcieLanes() > 0 ? a.pcieLanes() : Accelerator.ASSUMED_PCIE_LANES;
        return new Link("PCIe Gen" + generation + " x" + lanes + (a.pcieGeneration() > 0 ? "" : " (assumed)"),
                a.pcieUnidirectionalBytesPerSecond() * PCIE_EFFICIENCY, PCIE_LATENCY_SECONDS);
    }

    /** Ring all-reduce of {@code bytes} over {@code devices}: latency + 2 (n-1)/n x bytes / rate; 0 for one device. */
    double allReduceSeconds(double bytes, int devices) {
        if (devices <= 1) {
            return 0;
        }
        return latencySeconds + 2.0 * (devices - 1) / devices * bytes / bytesPerSecond;
    }

    /** All-to-all of {@code bytes} over {@code devices} (each keeps 1/n locally). */
    double allToAllSeconds(double bytes, int devices) {
        return latencySeconds + (devices - 1.0) / devices * bytes / bytesPerSecond;
    }
}
