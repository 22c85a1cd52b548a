package dev.hallplan.engine.energy;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CoolingType;
import dev.hallplan.engine.facility.CoolingMix;
import dev.hallplan.engine.facility.PueModel;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.PlacedRack;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A hall's PUE as the year simulation and the supply-adequacy model read it, from the facility
 * model's {@link PueModel}: the cooling mix, the hour's IT load as a share of the planned peak and
 * the month's ambient. Facility load {@code IT × PUE(IT / peak)} grows with IT (PueModel's fixed
 * share is constant watts, and {@code IT × (0.015 + 0.010 (1 − IT/peak))} grows while IT ≤ peak), and
 * PUE never rises with the load fraction, so a PUE evaluated at a smaller fraction bounds it.
 */
public final class HallPueCurve {
    private HallPueCurve() {
    }

    /** The hourly PUE of a hall with cooling {@code mix} and planned peak IT load {@code peakItWatts}. */
    public static PueFunction hourly(Hall hall, CoolingMix mix, double peakItWatts) {
        double peak = Math.max(peakItWatts, 1);
        return (hour, itWatts) -> PueModel.pue(mix, itWatts / peak, hall.climate().ambientCelsius(YearCalendar.monthOf(hour)));
    }

    /**
     * The PUE whatever the plan's cooling mix: the largest over the cooling types of the hall's
     * racks (air when the hall has none), since a mix's cooling share is a weighted mean of its
     * types'. What the solver's hall limit reads before a plan exists.
     */
    public static PueBound anyMix(Hall hall, Catalog catalog) {
        Set<CoolingType> types = EnumSet.noneOf(CoolingType.class);
        for (PlacedRack rack : (Iterable<PlacedRack>) hall.racks()::iterator) {
            catalog.rackType(rack.rackTypeId()).ifPresent(t -> types.add(t.cooling()));
        }
        if (types.isEmpty()) {
            types.add(CoolingType.AIR);
        }
        List<CoolingMix> mixes = types.stream().map(CoolingMix::only).toList();
        return (month, fraction) -> {
            double ambient = hall.climate().ambientCelsius(month);
            double worst = 1;
            for (CoolingMix mix : mixes) {
                worst = Math.max(worst, PueModel.pue(mix, fraction, ambient));
            }
            return worst;
        };
    }
}
