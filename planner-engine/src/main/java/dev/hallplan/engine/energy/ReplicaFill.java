package dev.hallplan.engine.energy;

import dev.hallplan.engine.project.ReplicaPlacement;
import java.util.Comparator;
import java.util.List;

/**
 * IT power of one workload's replicas in one hall as a function of the requests per second they
 * serve (docs/energy-model.md, "IT load from a plan"). Replicas are filled most efficient first
 * (lowest active joules per request); a replica at utilisation u draws idle + (active - idle) u.
 * Replicas serving nothing idle, or draw nothing when idle replicas are powered down.
 *
 * <p>With replicas sorted and prefix sums C_k (capacity), A_k (active) and I_k (idle) of the first
 * k, a load x in (C_k, C_{k+1}] has replicas 0..k-1 full and replica k at u = (x - C_k) / c_k:
 * <pre>
 *   all on:      P(x) = A_k + (I_n - I_k) + s_k (x - C_k)     s_k = (a_k - i_k) / c_k
 *   powered down: P(x) = (A_k + i_k)     + s_k (x - C_k),     P(0) = 0
 * </pre>
 * one linear piece per replica, with the breakpoints C_0 = 0, C_1, ..., C_{n-1}. Mixed replicas are
 * evaluated through a {@link FillTable}; identical ones through the closed form below.
 */
final class ReplicaFill {
    /** Grid cells per replica: a cell then rarely holds a breakpoint, so its branch predicts well. */
    private static final int CELLS_PER_REPLICA = 16;
    /** At most this many cells (8 doubles each); fleets with more replicas search in crowded cells. */
    private static final int MAX_CELLS = 4096;
    private final int count;
    private final double capacity;
    private final boolean powerDownIdle;
    /** Null when every replica has the same figures: power then has a closed form. */
    private final FillTable table;
    /** The shared figures of identical replicas (used when table is null). */
    private final double uniformCapacity;
    private final double uniformActive;
    private final double uniformIdle;

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
        count = n;
        double idleSum = 0;
        double capacitySum = 0;
        for (Figures f : sorted) {
            idleSum += f.idle();
            capacitySum += f.capacity();
        }
        capacity = capacitySum;
        Figures first = n == 0 ? new Figures(1, 0, 0) : sorted.get(0);
        uniformCapacity = first.capacity();
        uniformActive = first.active();
        uniformIdle = first.idle();
        if (n == 0 || sorted.stream().allMatch(first::equals)) {
            table = null;
            return;
        }
        // piece 0: nothing served; piece k + 1: replica k partly loaded, from C_k (see class comment)
        double[] breakpoints = new double[n];
        double[] base = new double[n + 1];
        double[] slope = new double[n + 1];
        double[] start = new double[n + 1];
        base[0] = powerDownIdle ? 0 : idleSum;
        double capacityPrefix = 0;
        double activePrefix = 0;
        double idlePrefix = 0;
        for (int k = 0; k < n; k++) {
            Figures f = sorted.get(k);
            breakpoints[k] = capacityPrefix;
            start[k + 1] = capacityPrefix;
            slope[k + 1] = (f.active() - f.idle()) / f.capacity();
            base[k + 1] = powerDownIdle ? activePrefix + f.idle() : activePrefix + (idleSum - idlePrefix);
            capacityPrefix += f.capacity();
            activePrefix += f.active();
            idlePrefix += f.idle();
        }
        table = new FillTable(breakpoints, base, slope, start, capacity,
                Math.min(MAX_CELLS, CELLS_PER_REPLICA * n));
    }

    /** Requests per second all replicas together sustain. */
    double capacityRequestsPerSecond() {
        return capacity;
    }

    /** Power (W) when serving {@code requestsPerSecond}, capped at capacity. */
    double powerWatts(double requestsPerSecond) {
        if (count == 0) {
            return 0;
        }
        return at(Math.min(Math.max(requestsPerSecond, 0), capacity));
    }

    /** {@code outWatts[h] = powerWatts(requestsPerSecond[h] * scale)} for h below {@code values}. */
    void powerWatts(double[] requestsPerSecond, int values, double scale, double[] outWatts) {
        for (int h = 0; h < values; h++) {
            outWatts[h] = powerWatts(requestsPerSecond[h] * scale);
        }
    }

    /**
     * Adds one workload's power for each value j of its demand profile to the hall's arrays, in
     * one pass without intermediate arrays. The load is x_j = min(shareOfPeak[j] * peak, capacity)
     * with shareOfPeak in 0..1. With deferrable share s > 0 (docs/energy-model.md):
     * <pre>
     *   firm[j]       += P((1 - s) x_j)
     *   deferrable[j] += P(x_j) - P((1 - s) x_j)
     *   spare[j]      += P(capacity) - P(x_j)
     * </pre>
     * and with s = 0 only {@code firm[j] += P(x_j)} (one look-up per value instead of two).
     *
     * @param shareOfPeak          demand as a share of the peak, 0..1 (1..8760 values)
     * @param peakRequestsPerSecond the peak demand asked of these replicas, req/s
     * @param deferrableShare      s, 0..1
     * @param firm                 watts, at least shareOfPeak.length values; added to
     * @param deferrable           watts, added to only when s > 0
     * @param spare                watts, added to only when s > 0
     * @return the sum over j of x_j, requests per second served
     */
    double addPower(double[] shareOfPeak, double peakRequestsPerSecond, double deferrableShare,
                    double[] firm, double[] deferrable, double[] spare) {
        int values = shareOfPeak.length;
        double cap = capacity;
        double served = 0;
        if (count == 0) {
            return 0;
        }
        if (deferrableShare > 0) {
            double firmScale = 1 - deferrableShare;
            double full = at(cap);
            for (int j = 0; j < values; j++) {
                double x = Math.min(shareOfPeak[j] * peakRequestsPerSecond, cap);
                double all = at(x);
                double firmWatts = at(x * firmScale);
                firm[j] += firmWatts;
                deferrable[j] += all - firmWatts;
                spare[j] += full - all;
                served += x;
            }
        } else {
            for (int j = 0; j < values; j++) {
                double x = Math.min(shareOfPeak[j] * peakRequestsPerSecond, cap);
                firm[j] += at(x);
                served += x;
            }
        }
        return served;
    }

    /** The fill rule at a load x, 0 <= x <= capacity, with at least one replica. */
    private double at(double x) {
        return table != null ? table.at(x) : uniformPowerWatts(x);
    }

    /**
     * The same rule for n identical replicas, without a table: k = floor(x / c) full, one partial.
     * x / c is capped at n: at full load x (a sum of n capacities) may exceed n c by rounding,
     * which must not switch on an (n+1)-th replica's idle power.
     */
    private double uniformPowerWatts(double x) {
        double c = uniformCapacity;
        double a = uniformActive;
        double i = uniformIdle;
        double units = Math.min(x / c, count);
        if (!powerDownIdle) {
            return count * i + (a - i) * units; // every replica on: linear in the load
        }
        double full = Math.floor(units);
        double u = units - full;
        return full * a + (u > 0 ? i + (a - i) * u : 0);
    }
}
