package dev.hallplan.engine.perf;

/**
 * p99 latencies of a continuous-batching LLM replica under Poisson arrivals (docs/throughput-model.md,
 * "Tail latency under Poisson arrivals"). The replica is an M/M/c queue whose c servers are the
 * running batch's slots: a request waits for a slot when all {@code batch} are taken (Erlang C),
 * then queues its prefill behind the others' (an M/M/1 tail on the prefill share of the replica),
 * and during its decode the number of other prompts admitted, each stretching the steps it rides
 * in, is Poisson. The steps are kept at the full batch's length (conservative below full load).
 */
final class PoissonTail {
    /** The tail quantile reported. */
    static final double QUANTILE = 0.99;
    /** Square-root-staffing margin beta = (1 - load) sqrt(slots) above which fewer than 1% of arrivals wait. */
    static final double HALFIN_WHITT_NO_WAIT = 3;
    /** Standard normal quantile of 0.99. */
    private static final double Z = 2.3263478740408408;

    private PoissonTail() {
    }

    /**
     * The estimate {@code e} (a fitting LLM point at its batch) served to Poisson arrivals at
     * {@code load} x its capacity: rates x load, p99 TTFT / TPOT / end-to-end, and power at that
     * utilisation. {@code load} in (0, 1).
     */
    static Estimate atLoad(EstimateRequest r, Estimate e, double load) {
        if (!(load > 0 && load < 1)) {
            throw new IllegalArgumentException("offered load must lie in (0, 1) of capacity, was " + load);
        }
        int batch = e.batch();
        int out = e.outputTokens();
        double step = e.decodeStepSeconds();
        double cycle = batch / e.requestsPerSecond();
        double prefillMarginal = Math.max(0, (cycle - out * step) / batch);
        double ttft = ttftSeconds(r, e, load, cycle, prefillMarginal);
        double tpot = step + prefillsAdmitted(load * batch) * prefillMarginal / out;
        double endToEnd = ttft + (out - 1) * tpot;

        var a = r.accelerator();
        double accelerator = a.idleWatts() + (e.acceleratorPowerWatts() - a.idleWatts()) * load;
        double watts = accelerator + PowerModel.hostShareWatts(r.server(), a, accelerator);
        double requests = e.requestsPerSecond() * load;
        double tokens = e.outputTokensPerSecond() * load;
        int d = e.devices();
        return new Estimate(true, "", e.modelId(), e.kind(), e.acceleratorId(), e.engineId(), e.weightPrecision(),
                e.computePrecision(), e.parallelism(), batch, e.maxBatch(), e.inputTokens(), out, e.contextTokens(),
                e.bound(), e.prefillSeconds(), step, ttft, tpot, endToEnd, tokens, requests,
                e.weightsBytesPerDevice(), e.kvCacheBytesPerToken(), e.kvCacheBytes(), e.expertsTouchedPerLayer(),
                accelerator, watts, tokens > 0 ? watts * d / tokens : 0, watts * d / requests,
                e.low() * load, e.high() * load, e.assumptions(), e.conditions().underPoissonLoad(load));
    }

    /** Prefill, the steps its chunks ride in, the p99 wait for another prompt's prefill and for a free slot. */
    private static double ttftSeconds(EstimateRequest r, Estimate e, double load, double cycle, double prefillMarginal) {
        int chunkTokens = r.effectivePrefillChunkTokens();
        int chunks = chunkTokens > 0 ? (e.inputTokens() + chunkTokens - 1) / chunkTokens : 1;
        double service = e.prefillSeconds() + chunks * e.decodeStepSeconds();
        if (!r.engine().continuousBatching()) {
            // static batches: wait for the running batch to finish (uniform over a cycle), then the batch's prefill
            return QUANTILE * cycle + Math.max(e.prefillSeconds(), e.batch() * prefillMarginal)
                    + slotWaitSeconds(e.batch(), load, cycle);
        }
        double prefillBusy = load * e.batch() * prefillMarginal / cycle;
        return service + mm1WaitQuantile(prefillBusy, e.prefillSeconds()) + slotWaitSeconds(e.batch(), load, cycle);
    }

    /** p99 of an M/M/1 queue's wait at utilisation {@code rho} and mean service {@code serviceSeconds}. */
    static double mm1WaitQuantile(double rho, double serviceSeconds) {
        double tail = 1 - QUANTILE;
        return rho > tail ? serviceSeconds * Math.log(rho / tail) / (1 - rho) : 0;
    }

    /**
     * p99 wait for one of {@code slots} slots, each holding a request for {@code cycleSeconds} on
     * average, at {@code load} of their capacity: P(wait &gt; t) = C(c, a) e^{-(c mu - lambda) t}.
     */
    static double slotWaitSeconds(int slots, double load, double cycleSeconds) {
        if ((1 - load) * Math.sqrt(slots) >= HALFIN_WHITT_NO_WAIT) {
            return 0; // Halfin-Whitt: C(c, a) ~ 1 / (1 + beta Phi(beta) / phi(beta)) < 0.002 for beta >= 3, far below 1%
        }
        double c = erlangC(slots, load);
        double tail = 1 - QUANTILE;
        return c > tail ? Math.log(c / tail) * cycleSeconds / (slots * (1 - load)) : 0;
    }

    /** Erlang C: probability an arrival waits, {@code servers} servers at utilisation {@code load} (offered a = load x servers). */
    static double erlangC(int servers, double load) {
        double b = servers > EXACT_UP_TO ? erlangBLarge(servers, load * servers) : erlangBExact(servers, load * servers);
        return b / (1 - load * (1 - b));
    }

    /** Slots up to which Erlang B is computed exactly (the recursion costs one division per slot). */
    static final int EXACT_UP_TO = 256;

    /** Erlang B by its recursion B(k) = a B(k-1) / (k + a B(k-1)). */
    static double erlangBExact(int servers, double a) {
        double b = 1;
        for (int k = 1; k <= servers; k++) {
            b = a * b / (k + a * b);
        }
        return b;
    }

    /**
     * Erlang B for many servers: P(X = c) / P(X &lt;= c) for X ~ Poisson(a), the point probability
     * from Stirling's series and the distribution function from the normal approximation with
     * continuity correction (within 3% of the recursion above 256 servers, PoissonTailTest).
     */
    static double erlangBLarge(int servers, double a) {
        double x = servers + 1.0;
        double lnFactorial = (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x * x * x);
        double point = Math.exp(servers * Math.log(a) - a - lnFactorial);
        double cdf = normalCdf((servers + 0.5 - a) / Math.sqrt(a));
        return Math.min(1, point / cdf);
    }

    /** Standard normal distribution function (Abramowitz and Stegun 7.1.26, error below 1.5e-7). */
    static double normalCdf(double z) {
        double x = Math.abs(z) / Math.sqrt(2);
        double t = 1 / (1 + 0.3275911 * x);
        double erf = 1 - t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
                * Math.exp(-x * x);
        return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
    }

    /** p99 of a Poisson count of mean {@code mean} (normal approximation with Cornish-Fisher skew term), 0 for mean 0. */
    static double prefillsAdmitted(double mean) {
        return mean > 0 ? mean + Z * Math.sqrt(mean) + (Z * Z - 1) / 6 : 0;
    }
}
