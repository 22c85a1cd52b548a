package dev.hallplan.engine.perf;

import dev.hallplan.catalog.Accelerator;

/**
 * Clocks under a power budget (see docs/throughput-model.md, "Power-limited clock"). Above idle, a
 * kernel group draws {@code W_m} for memory traffic at full bandwidth and {@code D s^2} for
 * arithmetic at clock fraction {@code s} (dynamic power ~ f V^2 with voltage ~ f over the
 * range the limit acts in; the exponent 2 fits MLPerf H200 runs at 500, 700 and 1,000 W). When a
 * group at full clock would average more than the limit, the clock falls until it does not; when
 * even memory traffic alone would exceed it, the bandwidth falls too. Solved in closed form:
 * <pre>
 * compute bound (T = c/s):        D s^2 + (W_m m / c) s = B
 * memory bound  (T = m, s >= c/m): s = (B - W_m) m / (D c)
 * memory throttled (f < 1, T = m/f, s = c f / m): D (c/m)^2 f^2 + W_m f = B
 * </pre>
 * with m and c the group's memory and arithmetic seconds at full rate, B = limit - idle.
 */
final class PowerLimiter {
    /** Streaming memory at full bandwidth draws this share of the idle-to-TDP range (estimate). */
    static final double MEMORY_SHARE = 0.60;
    /** Collectives draw this share of the idle-to-TDP range (estimate). */
    static final double NETWORK_SHARE = 0.25;

    private final double memoryWatts;
    private final double computeWatts;
    private final double budgetWatts;
    private final double networkWatts;
    // results of the last group(), kept in fields so the hot path allocates nothing (one limiter per estimate)
    private double groupSeconds;
    private double groupComputeSeconds;
    private double groupJoules;

    PowerLimiter(Accelerator a, double limitWatts) {
        double range = a.tdpWatts() - a.idleWatts();
        this.memoryWatts = MEMORY_SHARE * range;
        this.computeWatts = Math.max(a.dynamicComputeWattsAtPeakClock(), 1e-9);
        this.budgetWatts = Math.max(limitWatts - a.idleWatts(), 1e-3);
        this.networkWatts = NETWORK_SHARE * range;
    }

    /** Power above idle while collectives run. */
    double networkWatts() {
        return networkWatts;
    }

    /** The phase of a linear and an attention group (memory, arithmetic seconds at full rate each) under the limit. */
    PhaseTime phase(double linearMemory, double linearCompute, double attentionMemory, double attentionCompute,
                    double network, double overhead) {
        group(linearMemory, linearCompute);
        double time = groupSeconds;
        double compute = groupComputeSeconds;
        double joules = groupJoules;
        group(attentionMemory, attentionCompute);
        return new PhaseTime(linearMemory + attentionMemory, compute + groupComputeSeconds,
                linearCompute + attentionCompute, time + groupSeconds, network, overhead,
                joules + groupJoules + network * networkWatts);
    }

    /** Sets time, arithmetic seconds at the allowed clock and joules above idle of one group. */
    private void group(double m, double c) {
        double t1 = Math.max(m, c);
        if (t1 <= 0) {
            set(0, 0, 0);
            return;
        }
        double energyAtPeak = memoryWatts * m + computeWatts * c;
        if (energyAtPeak <= budgetWatts * t1) {
            set(t1, c, energyAtPeak);
            return;
        }
        double d = computeWatts;
        if (c > 0) {
            double b = memoryWatts * m / c;
            double s = (-b + Math.sqrt(b * b + 4 * d * budgetWatts)) / (2 * d);
            if (c / s >= m) {
                set(c / s, c / s, memoryWatts * m + d * s * c);
                return;
            }
            s = (budgetWatts - memoryWatts) * m / (d * c);
            if (s >= c / m) {
                set(m, c / s, memoryWatts * m + d * s * c);
                return;
            }
        }
        double ratio = c / m;
        double a = d * ratio * ratio;
        double f = a > 0 ? (-memoryWatts + Math.sqrt(memoryWatts * memoryWatts + 4 * a * budgetWatts)) / (2 * a)
                : budgetWatts / memoryWatts;
        double t = m / f;
        set(t, c > 0 ? t : 0, budgetWatts * t);
    }

    private void set(double seconds, double computeSeconds, double joules) {
        groupSeconds = seconds;
        groupComputeSeconds = computeSeconds;
        groupJoules = joules;
    }
}
