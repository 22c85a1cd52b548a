package dev.hallplan.engine.perf;

import dev.hallplan.catalog.ServerModel;

/** Host power charged to accelerators; accelerator power itself comes from {@link PowerLimiter} and {@link PhaseTime}. */
final class PowerModel {
    private PowerModel() {
    }

    /** Host power (CPUs, NICs, fans, conversion) charged to each accelerator of {@code server}; 0 without one. */
    static double hostShareWatts(ServerModel server) {
        return server == null ? 0 : server.hostOverheadWatts() / server.acceleratorCount();
    }
}
