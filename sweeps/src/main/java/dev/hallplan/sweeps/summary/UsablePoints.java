package dev.hallplan.sweeps.summary;

import dev.hallplan.sweeps.point.PointResult;
import java.util.List;

/** The points a summary statistic can use: planned (not failed) with a finite cost per million tokens and emissions. */
final class UsablePoints {
    private UsablePoints() {
    }

    static List<PointResult> of(List<PointResult> rows) {
        return rows.stream().filter(r -> !r.failed()
                && Double.isFinite(r.figures().usdPerMillionOutputTokens())
                && Double.isFinite(r.figures().annualCo2eKg())).toList();
    }

    static double cost(PointResult r) {
        return r.figures().usdPerMillionOutputTokens();
    }
}
