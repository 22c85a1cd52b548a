package dev.hallplan.engine.kpi;

import dev.hallplan.engine.energy.HallPueCurve;
import dev.hallplan.engine.energy.PueFunction;
import dev.hallplan.engine.facility.HallState;
import dev.hallplan.engine.project.Hall;

/**
 * A hall's hourly PUE for the year simulation, from the facility model: the hall's cooling mix
 * at its planned peak, the IT load of the hour as a share of that peak, and the month's ambient
 * ({@link HallPueCurve}, which the supply-adequacy check reads too).
 */
final class HallPue {
    private HallPue() {
    }

    static PueFunction of(Hall hall, HallState peak) {
        return HallPueCurve.hourly(hall, peak.mix(), peak.itWatts());
    }
}
