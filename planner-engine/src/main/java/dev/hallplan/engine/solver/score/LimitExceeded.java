package dev.hallplan.engine.solver.score;

import dev.hallplan.catalog.units.UnitFormat;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * Why a capacity constraint is broken: {@code subject} carries {@code load} against {@code limit}.
 *
 * @param subject      what is over, e.g. "Rack B-07"
 * @param load         the load, in watts or in accelerators (see {@code inWatts})
 * @param limit        the limit in the same unit
 * @param limitLabel   what the limit is, e.g. "air-cooled limit"
 * @param inWatts      true: load and limit are watts; false: plain counts
 */
public record LimitExceeded(String subject, double load, double limit, String limitLabel, boolean inWatts)
        implements ConstraintJustification {

    public static LimitExceeded watts(String subject, double loadWatts, double limitWatts, String limitLabel) {
        return new LimitExceeded(subject, loadWatts, limitWatts, limitLabel, true);
    }

    public static LimitExceeded count(String subject, long load, long limit, String limitLabel) {
        return new LimitExceeded(subject, load, limit, limitLabel, false);
    }

    /** E.g. "Rack B-07: 47.2 kW > 40 kW air-cooled limit". */
    public String message() {
        String l = inWatts ? UnitFormat.watts(load) : UnitFormat.number(load);
        String m = inWatts ? UnitFormat.watts(limit) : UnitFormat.number(limit);
        return subject + ": " + l + " > " + m + " " + limitLabel;
    }
}
