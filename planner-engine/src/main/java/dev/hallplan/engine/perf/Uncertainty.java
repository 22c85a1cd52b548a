package dev.hallplan.engine.perf;

/**
 * Relative uncertainty of an estimate's primary rate (see docs/throughput-model.md, "Band"):
 * a base by what binds (the roofline is tightest for bandwidth-bound work) plus adders for
 * what the model knows least about. The band is rate x (1 - u) .. rate x (1 + u).
 */
final class Uncertainty {
    static final double MEMORY_BOUND = 0.15;
    static final double COMPUTE_BOUND = 0.25;
    static final double NETWORK_BOUND = 0.35;
    static final double MOE = 0.10;
    static final double FALLBACK = 0.10;
    static final double ONE_PASS_MODEL = 0.10;
    static final double CAP = 0.60;

    private Uncertainty() {
    }

    static double relative(Bound bound, boolean moe, boolean precisionFellBack, boolean onePass) {
        double u = switch (bound) {
            case MEMORY -> MEMORY_BOUND;
            case COMPUTE -> COMPUTE_BOUND;
            case NETWORK -> NETWORK_BOUND;
        };
        if (moe) {
            u += MOE;
        }
        if (precisionFellBack) {
            u += FALLBACK;
        }
        if (onePass) {
            u += ONE_PASS_MODEL;
        }
        return Math.min(CAP, u);
    }
}
