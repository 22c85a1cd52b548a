package dev.hallplan.app.explorer;

import dev.hallplan.engine.perf.Estimate;
import java.util.List;

/**
 * One chip's answer in the explorer.
 *
 * @param label   the chip as the legend names it, e.g. "nvidia-h200-sxm" or "nvidia-hgx-h200-8 (server)"
 * @param best    the estimator's best point within the SLO (highest rate per accelerator); null when none meets it
 * @param points  the batch sweep at the best point's precision and tensor degree (batch 1, 2, 4, ... and
 *                the best batch), ascending in batch; empty when nothing fits in memory
 * @param note    why there is no best point or no curve; empty otherwise
 */
public record ChipCurve(String chipId, String label, Estimate best, List<Estimate> points, String note) {
    public ChipCurve {
        points = List.copyOf(points);
        note = note == null ? "" : note;
    }
}
