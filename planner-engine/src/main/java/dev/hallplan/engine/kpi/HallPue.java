package dev.hallplan.engine.kpi;

import dev.hallplan.engine.energy.PueFunction;
import dev.hallplan.engine.energy.YearCalendar;
import dev.hallplan.engine.facility.HallState;
import dev.hallplan.engine.facility.PueModel;
import dev.hallplan.engine.project.Hall;

/**
 * A hall's hourly PUE for the year simulation, from the facility model: the hall's cooling mix
 * at its planned peak, the IT load of the hour as a share of that peak, and the month's ambient.
 */
final class HallPue {
    private HallPue() {
    }

    static PueFunction of(Hall hall, HallState peak) {
        double peakWatts = Math.max(peak.itWatts(), 1);
        return (hour, itWatts) -> PueModel.pue(peak.mix(), itWatts / peakWatts,
                hall.climate().ambientCelsius(YearCalendar.monthOf(hour)));
    }
}
