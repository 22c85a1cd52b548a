package dev.hallplan.engine.energy;

import dev.hallplan.engine.project.ReplicaPlacement;
import java.util.Comparator;
import java.util.List;

/**
 * IT power of one workload's replicas in one hall as a function of the requests per second they
 * serve (docs/energy-model.md, "IT load from a plan"). Replicas are filled most efficient first
 * (lowest active joules per request); a replica at utilisation u draws idle + (active - idle) u.
 * Replicas serving nothing idle, or draw nothing when idle replicas are powered down.
 */
final class ReplicaFill {
    private final double[] capacityPrefix;
    private final double[] activePrefix;
    private final double[] idlePrefix;
    private final double[] capacity;
    private final double[] active;
    private final double[] idle;
    private final boolean powerDownIdle;
    private int cursor;

    ReplicaFill(List<ReplicaPlacement> replicas, ReplicaPerformance perf, boolean powerDownIdle) {
        this.powerDownIdle = powerDownIdle;
        int n = replicas.size();
        record Figures(double capacity, double active, double idle) {
        }
        List<Figures> sorted = replicas.stream().map(r -> {
            double cap = perf.capacityRequestsPerSecond(r);
            double act = perf.activePowerWatts(r);
            double idl = perf.idlePowerWatts(r);
            if (!(cap > 0) || !(act >= 0) || !(idl >= 0) || idl > act) {
                throw new IllegalArgumentException("replica " + r.id() + ": performance must give capacity > 0 and "
                        + "0 <= idle <= active power, was " + cap + " req/s, " + idl + " W idle, " + act + " W active");
            }
            return new Figures(cap, act, idl);
        }).sorted(Comparator.comparingDouble(f -> f.active() / f.capacity())).toList();
        capacity = new double[n];
        active = new double[n];
        idle = new double[n];
        capacityPrefix = new double[n + 1];
        activePrefix = new double[n + 1];
        idlePrefix = new double[n + 1];
        for (int i = 0; i < n; i++) {
            Figures f = sorted.get(i);
            capacity[i] = f.capacity();
            active[i] = f.active();
            idle[i] = f.idle();
            capacityPrefix[i + 1] = capacityPrefix[i] + f.capacity();
            activePrefix[i + 1] = activePrefix[i] + f.active();
            idlePrefix[i + 1] = idlePrefix[i] + f.idle();
        }
    }

    /** Requests per second all replicas together sustain. */
    double capacityRequestsPerSecond() {
        return capacityPrefix[capacity.length];
    }

    /** Power (W) when serving {@code requestsPerSecond}, capped at capacity. */
    double powerWatts(double requestsPerSecond) {
        int n = capacity.length;
        if (n == 0) {
            return 0;
        }
        double x = Math.min(Math.max(requestsPerSecond, 0), capacityPrefix[n]);
        // k = number of fully loaded replicas: capacityPrefix[k] <= x < capacityPrefix[k + 1].
        // Demand moves little from hour to hour, so walk from the last position.
        int k = cursor;
        while (k < n && capacityPrefix[k + 1] <= x) {
            k++;
        }
        while (k > 0 && capacityPrefix[k] > x) {
            k--;
        }
        cursor = k;
        double watts = activePrefix[k];
        int firstUntouched = k;
        if (k < n) {
            double u = (x - capacityPrefix[k]) / capacity[k];
            if (u > 0) {
                watts += idle[k] + (active[k] - idle[k]) * u;
                firstUntouched = k + 1;
            }
        }
        if (!powerDownIdle) {
            watts += idlePrefix[n] - idlePrefix[firstUntouched];
        }
        return watts;
    }
}
