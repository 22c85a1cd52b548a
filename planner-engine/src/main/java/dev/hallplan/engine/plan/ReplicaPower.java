package dev.hallplan.engine.plan;

import dev.hallplan.catalog.ServerModel;
import dev.hallplan.engine.perf.Estimate;

/**
 * The one accounting of replica power against server power, shared by the solver's options,
 * the facility model's plan load and the year simulation (docs/kpi.md, "One accounting"). A
 * server draws its catalog idle power whenever it is on ({@code facility.EquipmentDraw}); a
 * replica serving at its operating point adds its increment: the estimator's wall power per
 * accelerator (which includes the server's host share) minus the server's idle power per
 * accelerator, over the replica's accelerators, at most its accelerators' share of the server's
 * range from idle to nameplate. So a server never draws more than its nameplate, and a server
 * whose replicas all serve at capacity draws idle + Σ increments.
 */
public final class ReplicaPower {
    private ReplicaPower() {
    }

    /** Idle wall power of one accelerator's share of {@code server}. */
    public static double idleWattsPerAccelerator(ServerModel server) {
        return server.idlePowerWatts() / server.acceleratorCount();
    }

    /** Wall power of a replica's share of its server when serving at its operating point, as the estimator gives it. */
    public static double peakWatts(Estimate estimate) {
        return estimate.powerWatts() * estimate.devices();
    }

    /** Wall power of a replica's share of its server when on and idle: its accelerators' share of the server's idle power. */
    public static double idleWatts(ServerModel server, int devices) {
        return idleWattsPerAccelerator(server) * devices;
    }

    /**
     * A replica's share of its server's idle power when it shares the server with others:
     * {@code idle × devices / usedAccelerators}, so the shares of a server's replicas add up to the
     * server's idle power, whatever accelerators stay free. The year simulation switches this share
     * off with the replica when idle replicas are powered down.
     *
     * @param usedAccelerators accelerators of the server its serving replicas use (at least {@code devices})
     */
    public static double idleShareWatts(ServerModel server, int devices, int usedAccelerators) {
        if (devices < 1 || usedAccelerators < devices) {
            throw new IllegalArgumentException("a replica's " + devices + " accelerators must be within the " + usedAccelerators
                    + " its server's replicas use");
        }
        return server.idlePowerWatts() * devices / usedAccelerators;
    }

    /**
     * What a replica adds to its server's idle draw when serving at its operating point:
     * {@code min(max(0, peak − idle share), (nameplate − idle) × devices / accelerators)}.
     */
    public static double incrementWatts(ServerModel server, Estimate estimate) {
        int devices = estimate.devices();
        double headroom = Math.max(0, server.maxPowerWatts() - server.idlePowerWatts()) * devices / server.acceleratorCount();
        return Math.min(Math.max(0, peakWatts(estimate) - idleWatts(server, devices)), headroom);
    }
}
