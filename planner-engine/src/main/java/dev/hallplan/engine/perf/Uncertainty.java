package dev.hallplan.engine.perf;

/**
 * Relative band of an estimate's primary rate (see docs/throughput-model.md, "Bands"): the
 * measured value is expected within rate x (1 + low) .. rate x (1 + high). The base widths are the
 * 10th and 90th percentiles of measured / estimated - 1 over the held-out validation rows
 * (ValidationTableTest recomputes them from the data file and fails when these constants drift);
 * cases the validation does not cover widen both sides.
 */
final class Uncertainty {
    /** 10th percentile of held-out LLM errors (measured / estimated - 1), rounded outward. */
    static final double LLM_LOW = -0.27;
    /** 90th percentile of held-out LLM errors, rounded outward. */
    static final double LLM_HIGH = 0.13;
    /**
     * Band of one-pass models (embedding, ranking, speech, vision): no held-out rows yet, so the
     * former symmetric width (memory 0.15 + one-pass 0.10 + compute-bound margin) stands (estimate).
     */
    static final double ONE_PASS_LOW = -0.35;
    static final double ONE_PASS_HIGH = 0.35;
    /** Widening on each side for mixture-of-experts models (routing skew). */
    static final double MOE = 0.10;
    /** Widening on each side when the precision fell back to one the chip or engine has. */
    static final double FALLBACK = 0.10;
    /** Widening on each side when no calibration row covers the engine, family and precision. */
    static final double UNCALIBRATED = 0.10;
    /** Widest a side may get. */
    static final double CAP = 0.60;

    private Uncertainty() {
    }

    /** The low side, a negative share of the estimate. */
    static double low(boolean onePass, boolean moe, boolean precisionFellBack, boolean calibrated) {
        return Math.max(-CAP, (onePass ? ONE_PASS_LOW : LLM_LOW) - widening(moe, precisionFellBack, calibrated));
    }

    /** The high side, a positive share of the estimate. */
    static double high(boolean onePass, boolean moe, boolean precisionFellBack, boolean calibrated) {
        return Math.min(CAP, (onePass ? ONE_PASS_HIGH : LLM_HIGH) + widening(moe, precisionFellBack, calibrated));
    }

    private static double widening(boolean moe, boolean precisionFellBack, boolean calibrated) {
        return (moe ? MOE : 0) + (precisionFellBack ? FALLBACK : 0) + (calibrated ? 0 : UNCALIBRATED);
    }
}
