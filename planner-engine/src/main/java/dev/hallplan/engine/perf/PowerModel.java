package dev.hallplan.engine.perf;

import dev.hallplan.catalog.Accelerator;
import dev.hallplan.catalog.ServerModel;

/**
 * Host power charged to accelerators; accelerator power itself comes from {@link PowerLimiter} and
 * {@link PhaseTime}. The host (CPUs, memory, NICs, fans, conversion losses) draws its idle share
 * when the accelerators idle and the catalog's {@link ServerModel#hostOverheadWatts()} when they
 * draw their TDP, linearly in between (docs/throughput-model.md, "Power and energy").
 */
final class PowerModel {
    private PowerModel() {
    }

    /**
     * Host power charged to each accelerator of {@code server} while each accelerator draws
     * {@code acceleratorWatts}; 0 without a server.
     *
     * @param server           the server, or null
     * @param accelerator      the accelerator it carries (idle and TDP give the load fraction)
     * @param acceleratorWatts one accelerator's average power, W
     */
    static double hostShareWatts(ServerModel server, Accelerator accelerator, double acceleratorWatts) {
        if (server == null) {
            return 0;
        }
        int n = server.acceleratorCount();
        double idleHost = Math.max(0, server.idlePowerWatts() - n * accelerator.idleWatts());
        double loadHost = Math.max(idleHost, server.hostOverheadWatts());
        double range = accelerator.tdpWatts() - accelerator.idleWatts();
        double load = range > 0 ? Math.min(1, Math.max(0, (acceleratorWatts - accelerator.idleWatts()) / range)) : 1;
        return (idleHost + (loadHost - idleHost) * load) / n;
    }
}
