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
    /** Grid cells per replica for finding the partly loaded replica without a search. */
    private static final int CELLS_PER_REPLICA = 16;
    private final double[] capacityPrefix;
    private final double[] activePrefix;
    private final double[] capacity;
    private final double[] active;
    private final double[] idle;
    /** (active - idle) / capacity per replica, W per req/s; index n holds 0. */
    private final double[] slope;
    /**
     * Power with replicas below k full, replica k idle-but-on and the rest idling (the
     * all-powered-on case at the start of replica k's range); index n: all full.
     */
    private final double[] onBase;
    private final boolean powerDownIdle;
    /** True when every replica has the same figures: power then has a closed form. */
    private final boolean uniform;
    /** fullAtCell[c]: replicas fully loaded at the start of grid cell c (cells split 0..capacity evenly). */
    private final int[] fullAtCell;
    private final double cellsPerRequest;

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
        idle = new double[n + 1];
        slope = new double[n + 1];
        onBase = new double[n + 1];
        capacityPrefix = new double[n + 1];
        activePrefix = new double[n + 1];
        double[] idlePrefix = new double[n + 1];
        for (int i = 0; i < n; i++) {
            Figures f = sorted.get(i);
            capacity[i] = f.capacity();
            active[i] = f.active();
            idle[i] = f.idle();
            capacityPrefix[i + 1] = capacityPrefix[i] + f.capacity();
            activePrefix[i + 1] = activePrefix[i] + f.active();
            idlePrefix[i + 1] = idlePrefix[i] + f.idle();
            slope[i] = (f.active() - f.idle()) / f.capacity();
        }
        for (int k = 0; k <= n; k++) {
            // full replicas below k, then every replica from k on idling
            onBase[k] = activePrefix[k] + (idlePrefix[n] - idlePrefix[k]);
        }
        uniform = sorted.stream().distinct().count() <= 1;
        int cells = Math.max(1, CELLS_PER_REPLICA * n);
        double total = capacityPrefix[n];
        cellsPerRequest = total > 0 ? cells / total : 0;
        fullAtCell = new int[cells + 1];
        int k = 0;
        for (int c = 0; c <= cells; c++) {
            double start = c / cellsPerRequest;
            while (k < n && capacityPrefix[k + 1] <= start) {
                k++;
            }
            fullAtCell[c] = k;
        }
    }

    /** Requests per second all replicas together sustain. */
    double capacityRequestsPerSecond() {
        return capacityPrefix[capacity.length];
    }

    /** Power (W) when serving {@code requestsPerSecond}, capped at capacity. */
    double powerWatts(double requestsPerSecond) {
        return at(requestsPerSecond);
    }

    /** {@code outWatts[h] = powerWatts(requestsPerSecond[h] * scale)} for h below {@code count}. */
    void powerWatts(double[] requestsPerSecond, int count, double scale, double[] outWatts) {
        for (int h = 0; h < count; h++) {
            outWatts[h] = at(requestsPerSecond[h] * scale);
        }
    }

    /**
     * Both the power of all demand and of its firm part in one pass (two independent look-ups
     * per hour that the CPU overlaps): {@code allWatts[h] = powerWatts(rps[h])},
     * {@code firmWatts[h] = powerWatts(rps[h] * firmScale)}.
     */
    void powerWatts(double[] requestsPerSecond, int count, double firmScale, double[] allWatts, double[] firmWatts) {
        for (int h = 0; h < count; h++) {
            double x = requestsPerSecond[h];
            allWatts[h] = at(x);
            firmWatts[h] = at(x * firmScale);
        }
    }

    /**
     * The fill rule at one load. The partly loaded replica is found through a grid over
     * 0..capacity (a few cells per replica) rather than a search, so the cost does not grow with
     * the replica count and has almost no unpredictable branches.
     */
    private double at(double requestsPerSecond) {
        int n = capacity.length;
        if (n == 0) {
            return 0;
        }
        double x = Math.min(Math.max(requestsPerSecond, 0), capacityPrefix[n]);
        if (uniform) {
            return uniformPowerWatts(x, n);
        }
        double[] capPrefix = capacityPrefix;
        // k = number of fully loaded replicas: capPrefix[k] <= x < capPrefix[k + 1]; start at
        // the grid cell's count and step past the rare breakpoint inside the cell
        int k = fullAtCell[(int) (x * cellsPerRequest)];
        while (k < n && capPrefix[k + 1] <= x) {
            k++;
        }
        while (k > 0 && capPrefix[k] > x) { // only if rounding put a breakpoint on the cell edge
            k--;
        }
        // replica k (if any) is partly loaded by d req/s; its slope is (active - idle) / capacity
        double d = x - capPrefix[k];
        if (powerDownIdle) {
            return activePrefix[k] + (d > 0 ? idle[k] + slope[k] * d : 0);
        }
        return onBase[k] + slope[k] * d;
    }

    /** The same rule for n identical replicas, without walking: k = floor(x / c) full, one partial. */
    private double uniformPowerWatts(double x, int n) {
        double c = capacity[0];
        double a = active[0];
        double i = idle[0];
        if (!powerDownIdle) {
            return n * i + (a - i) * (x / c); // every replica on: linear in the load
        }
        double full = Math.floor(x / c);
        double u = x / c - full;
        return full * a + (u > 0 ? i + (a - i) * u : 0);
    }
}
