package dev.hallplan.engine.perf;

/**
 * The SLO search on p99 latencies (docs/throughput-model.md, "Tail latency"): for one precision and
 * layout, the batch and Poisson arrival rate with the highest rate whose p99 TTFT and TPOT meet the
 * SLO, as MLPerf's server scenario finds its score.
 */
final class TailSearch {
    /** Loads below this count as an idle replica (the service latency alone). */
    static final double VANISHING_LOAD = 1e-3;
    /** Batches tried: the largest meeting the SLO at vanishing load, then this factor down to 1. */
    private static final double BATCH_STEP = 0.7;
    /** Bisection steps on the load (resolves it to 2^-14). */
    private static final int LOAD_STEPS = 14;

    private TailSearch() {
    }

    /** The best point served under Poisson arrivals within {@code slo} (p99), or null when even an idle replica misses it. */
    static Estimate bestUnderPoisson(EstimateRequest r, Slo slo, int cap) {
        Estimate one = Estimator.estimate(r.withBatch(1));
        if (!one.fits() || !slo.isMetBy(PoissonTail.atLoad(r, one, VANISHING_LOAD))) {
            return null;
        }
        int lo = 1;
        int hi = Math.min(cap, one.maxBatch());
        while (lo < hi) {
            int mid = lo + (hi - lo + 1) / 2;
            Estimate e = Estimator.estimate(r.withBatch(mid));
            if (e.fits() && slo.isMetBy(PoissonTail.atLoad(r, e, VANISHING_LOAD))) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        Estimate best = null;
        for (int b = lo; ; b = Math.min(b - 1, (int) Math.floor(b * BATCH_STEP))) {
            Estimate full = b == 1 ? one : Estimator.estimate(r.withBatch(b));
            if (best != null && full.primaryRate() <= best.primaryRate()) {
                return best; // capacity falls with the batch: no smaller batch can serve more, even fully loaded
            }
            Estimate e = highestLoadWithin(r, full, slo);
            if (e != null && (best == null || e.primaryRate() > best.primaryRate())) {
                best = e;
            }
            if (b <= 1) {
                return best;
            }
        }
    }

    /** {@code full} served at the highest load in (0, 1) whose p99 figures meet {@code slo}, or null. */
    static Estimate highestLoadWithin(EstimateRequest r, Estimate full, Slo slo) {
        Estimate ok = PoissonTail.atLoad(r, full, VANISHING_LOAD);
        if (!slo.isMetBy(ok)) {
            return null;
        }
        double lo = VANISHING_LOAD;
        double hi = 1;
        for (int i = 0; i < LOAD_STEPS; i++) {
            double mid = (lo + hi) / 2;
            Estimate e = PoissonTail.atLoad(r, full, mid);
            if (slo.isMetBy(e)) {
                lo = mid;
                ok = e;
            } else {
                hi = mid;
            }
        }
        return ok;
    }
}
