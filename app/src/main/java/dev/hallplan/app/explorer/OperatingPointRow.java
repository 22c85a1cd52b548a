package dev.hallplan.app.explorer;

import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.perf.Estimate;
import dev.hallplan.engine.perf.Slo;
import dev.hallplan.engine.project.PreferredOption;
import java.util.Locale;

/**
 * One operating point in the explorer's table: a chip's estimate at one batch, as the estimator
 * gave it. Memory is per accelerator (weights plus the batch's KV cache), power per accelerator
 * with its share of host power.
 *
 * @param chipId    the catalog id of the accelerator or server the point is for
 * @param best      true for the chip's best point within the SLO (the marked one)
 * @param withinSlo true when the point meets the SLO
 */
public record OperatingPointRow(String chipId, String chip, Estimate estimate, boolean best, boolean withinSlo) {
    static OperatingPointRow of(ChipCurve c, Estimate e, Slo slo) {
        return new OperatingPointRow(c.chipId(), c.label(), e, e == c.best(), slo.isMetBy(e));
    }

    /** This point as a workload's preferred operating option: the chip (accelerator or server), precision and tensor degree. */
    public PreferredOption asPreferredOption() {
        return new PreferredOption(chipId, estimate.weightPrecision(), estimate.parallelism().tensor());
    }

    public String precision() {
        return estimate.weightPrecision().name().toLowerCase(Locale.ROOT);
    }

    public String tensorParallel() {
        return Integer.toString(estimate.parallelism().tensor());
    }

    public String batch() {
        return Integer.toString(estimate.batch());
    }

    /** "TTFT 120 ms · TPOT 35 ms", or the query latency of one-pass models. */
    public String latency() {
        return estimate.tokensGenerated()
                ? "TTFT " + UnitFormat.seconds(estimate.ttftSeconds()) + " · TPOT " + UnitFormat.seconds(estimate.tpotSeconds())
                : UnitFormat.seconds(estimate.ttftSeconds());
    }

    /** Output tokens/s (or queries/s) per accelerator with the band, e.g. "2,410 (1,740–2,720) tok/s". */
    public String ratePerAccelerator() {
        double d = estimate.devices();
        String unit = estimate.tokensGenerated() ? " tok/s" : " q/s";
        return UnitFormat.number(estimate.primaryRate() / d) + " (" + UnitFormat.number(estimate.low() / d) + "–"
                + UnitFormat.number(estimate.high() / d) + ")" + unit;
    }

    public String memoryPerAccelerator() {
        return UnitFormat.bytes(estimate.weightsBytesPerDevice() + estimate.kvCacheBytes());
    }

    public String powerPerAccelerator() {
        return UnitFormat.watts(estimate.powerWatts());
    }

    /** Joules per output token (LLMs) or per query. */
    public String energy() {
        return estimate.tokensGenerated() ? sig(estimate.joulesPerOutputToken()) + " J/token" : sig(estimate.joulesPerRequest()) + " J/query";
    }

    public String bound() {
        return estimate.bound().label();
    }

    private static String sig(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
