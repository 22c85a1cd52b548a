package dev.hallplan.sweeps.run;

import dev.hallplan.sweeps.point.PointResult;

/** Hears of a sweep's progress on the driver (the command line shows a progress bar). */
public interface SweepListener {
    /** The sweep has {@code total} points, {@code alreadyDone} of them from an earlier run. */
    void started(int total, int alreadyDone);

    /** One more point finished (its result is already written); called on one driver thread at a time. */
    void pointDone(PointResult result);

    SweepListener NONE = new SweepListener() {
        @Override
        public void started(int total, int alreadyDone) {
        }

        @Override
        public void pointDone(PointResult result) {
        }
    };
}
