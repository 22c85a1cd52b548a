package dev.hallplan.engine.perf;

import dev.hallplan.catalog.Accelerator;
import dev.hallplan.catalog.ServerModel;

/**
 * Accelerator power from what a phase keeps busy (see docs/throughput-model.md, "Power"):
 *
 * <pre>
 * u_mem, u_compute, u_net = share of the phase each resource is busy (its time / phase time)
 * load  = min(1, 0.60 u_mem + 1.00 u_compute + 0.25 u_net) x busyFraction
 * P     = idle + (TDP - idle) x load
 * </pre>
 *
 * Streaming HBM at full rate draws about 60% of the dynamic range (memory-bound decode sits well
 * under TDP); saturated tensor cores draw all of it (compute-bound prefill near TDP).
 */
final class PowerModel {
    static final double MEMORY_WEIGHT = 0.60;
    static final double COMPUTE_WEIGHT = 1.00;
    static final double NETWORK_WEIGHT = 0.25;

    private PowerModel() {
    }

    /** Watts of one accelerator during {@code phase}, busy {@code busyFraction} (0..1) of the time. */
    static double acceleratorWatts(Accelerator a, PhaseTime phase, double busyFraction) {
        double t = phase.totalSeconds();
        if (t <= 0) {
            return a.idleWatts();
        }
        double load = MEMORY_WEIGHT * phase.memorySeconds() / t
                + COMPUTE_WEIGHT * phase.computeSeconds() / t
                + NETWORK_WEIGHT * phase.networkSeconds() / t;
        load = Math.min(1.0, load) * busyFraction;
        return a.idleWatts() + (a.tdpWatts() - a.idleWatts()) * load;
    }

    /** Host power (CPUs, NICs, fans, conversion) charged to each accelerator of {@code server}; 0 without one. */
    static double hostShareWatts(ServerModel server) {
        return server == null ? 0 : server.hostOverheadWatts() / server.acceleratorCount();
    }
}
