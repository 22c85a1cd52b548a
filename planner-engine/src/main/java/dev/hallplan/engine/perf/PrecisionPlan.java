package dev.hallplan.engine.perf;

import dev.hallplan.catalog.Accelerator;
import dev.hallplan.catalog.Precision;
import dev.hallplan.catalog.ServingEngine;

import java.util.List;

/**
 * The formats an operating point really uses after falling back from what the chip or engine
 * lacks. Weights are stored in {@code weights}; arithmetic runs in {@code compute}. The KV cache is
 * stored in the per-call format, else the engine's default, else FP8 when arithmetic is 8-bit or
 * narrower and 16-bit otherwise. Attention runs in FP8 only where the engine does so on an FP8
 * cache and the chip has FP8 arithmetic; otherwise in 16 bits.
 *
 * @param kv                       KV-cache storage format
 * @param attentionFlopsPerSecond  dense peak of the format attention runs in
 * @param note                     empty when nothing fell back, else the sentence for the assumptions list
 */
record PrecisionPlan(Precision weights, Precision compute, double kvBytesPerValue, double computeFlopsPerSecond,
                     Precision kv, double attentionFlopsPerSecond, String note) {

    private static final Precision[] AFTER_FP4 = {Precision.FP8, Precision.BF16, Precision.FP16, Precision.FP32};
    private static final Precision[] AFTER_INT4 = {Precision.INT8, Precision.FP8, Precision.BF16, Precision.FP16, Precision.FP32};
    private static final Precision[] AFTER_8BIT = {Precision.BF16, Precision.FP16, Precision.FP32};
    private static final Precision[] AFTER_BF16 = {Precision.FP16, Precision.FP32};
    private static final Precision[] AFTER_FP16 = {Precision.BF16, Precision.FP32};
    private static final Precision[] AFTER_WIDE = {Precision.BF16, Precision.FP16};

    /**
     * Resolves {@code requested} on {@code chip} served by {@code engine}: if the engine cannot
     * serve the format, weights fall back too; if only the chip lacks the arithmetic, weights stay
     * narrow and compute falls back (weight-only quantization).
     */
    static PrecisionPlan resolve(Precision requested, boolean weightOnly, Accelerator chip, ServingEngine engine) {
        return resolve(requested, weightOnly, chip, engine, null);
    }

    /** {@link #resolve(Precision, boolean, Accelerator, ServingEngine)} with a per-call KV format (null: the engine's). */
    static PrecisionPlan resolve(Precision requested, boolean weightOnly, Accelerator chip, ServingEngine engine,
                                 Precision kvOverride) {
        Precision weights = requested;
        String note = "";
        if (!engineServes(engine, weights)) {
            weights = firstOf(fallbacks(requested), p -> engineServes(engine, p), engine.id() + " serves");
            note = engine.id() + " does not serve " + requested + "; weights fall back to " + weights + ". ";
        }
        Precision wanted = weightOnly ? widest16(weights) : weights;
        if (weightOnly && weights.bits() < 16) {
            note += "weight-only " + weights + ": weights stored " + weights + ", arithmetic in " + wanted + ". ";
        }
        Precision compute = wanted;
        if (!chip.supports(compute) || !engineServes(engine, compute)) {
            compute = firstOf(fallbacks(wanted), p -> chip.supports(p) && engineServes(engine, p),
                    chip.id() + " with " + engine.id() + " runs");
            note += chip.id() + " has no " + wanted + " arithmetic; computing in " + compute
                    + (weights.bits() < compute.bits() ? " with " + weights + " weights dequantised (weight-only)" : "")
                    + ".";
        }
        Precision kv = kvOverride != null ? kvOverride
                : engine.kvCacheDtype() != null ? engine.kvCacheDtype()
                : compute.bits() <= 8 ? Precision.FP8 : Precision.BF16;
        double flops = chip.denseFlopsPerSecond().get(compute);
        return new PrecisionPlan(weights, compute, kv.bytesPerValue(), flops, kv, attentionFlops(chip, engine, kv, flops),
                note.trim());
    }

    /** FP8 where the engine computes attention in FP8 on an FP8 cache and the chip can; else BF16, FP16, or the arithmetic's. */
    private static double attentionFlops(Accelerator chip, ServingEngine engine, Precision kv, double computeFlops) {
        java.util.Map<Precision, Double> peaks = chip.denseFlopsPerSecond();
        if (engine.fp8Attention() && kv == Precision.FP8 && peaks.containsKey(Precision.FP8)) {
            return peaks.get(Precision.FP8);
        }
        Double sixteen = peaks.get(Precision.BF16);
        if (sixteen == null) {
            sixteen = peaks.get(Precision.FP16);
        }
        return sixteen != null ? sixteen : computeFlops;
    }

    private static Precision widest16(Precision weights) {
        return weights == Precision.FP16 || weights == Precision.FP32 ? weights : Precision.BF16;
    }

    private static boolean engineServes(ServingEngine engine, Precision p) {
        return engine.precisions().isEmpty() || engine.precisions().contains(p);
    }

    private static Precision[] fallbacks(Precision p) {
        return switch (p) {
            case FP4 -> AFTER_FP4;
            case INT4 -> AFTER_INT4;
            case FP8, INT8 -> AFTER_8BIT;
            case BF16 -> AFTER_BF16;
            case FP16 -> AFTER_FP16;
            case FP32, TF32 -> AFTER_WIDE;
        };
    }

    private static Precision firstOf(Precision[] candidates, java.util.function.Predicate<Precision> ok, String who) {
        for (Precision p : candidates) {
            if (ok.test(p)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no usable precision: " + who + " none of " + List.of(candidates));
    }

    /** Bytes of one stored weight. */
    double weightBytesPerValue() {
        return weights.bytesPerValue();
    }
}
