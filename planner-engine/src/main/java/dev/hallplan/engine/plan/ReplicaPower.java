package dev.hallplan.engine.plan;

import dev.hallplan.catalog.ServerModel;
import dev.hallplan.engine.perf.Estimate;

/**
 * The one accounting of replica power against server power, shared by the solver's options,
 * the rack loads and the energy simulation. A server draws its catalog idle power whenever it is
 * on; each replica adds the difference between the estimator's wall power per accelerator (which
 * includes the server's host share) and the server's idle power per accelerator, over its devices.
 */
public final class ReplicaPower {
    private ReplicaPower() {
    }

    /** Idle wall power of one accelerator's share of {@code server}. */
    public static double idleWattsPerAccelerator(ServerModel server) {
        return server.idlePowerWatts() / server.acceleratorCount();
    }

    /** Wall power of a replica's share of its server when serving at its operating point. */
    public static double peakWatts(Estimate estimate) {
        return estimate.powerWatts() * estimate.devices();
    }

    /** Wall power of a replica's share of its server when on and idle. */
    public static double idleWatts(ServerModel server, int devices) {
        return idleWattsPerAccelerator(server) * devices;
    }

    /** What a replica adds to its server's idle draw when serving at its operating point (never negative). */
    public static double incrementWatts(ServerModel server, Estimate estimate) {
        return Math.max(0, peakWatts(estimate) - idleWatts(server, estimate.devices()));
    }
}
