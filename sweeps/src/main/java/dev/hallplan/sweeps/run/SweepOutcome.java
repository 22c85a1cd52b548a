package dev.hallplan.sweeps.run;

import java.nio.file.Path;

/**
 * What a sweep run did.
 *
 * @param points         points of the study
 * @param resumed        points found finished from an earlier run and not redone
 * @param evaluated      points evaluated by this run
 * @param failed         points of the study whose row is a failure
 * @param wallSeconds    wall time of this run's point evaluation (measured; 0 when nothing was left)
 */
public record SweepOutcome(int points, int resumed, int evaluated, int failed, double wallSeconds,
        Path parquet, Path csv, Path workbook) {
}
