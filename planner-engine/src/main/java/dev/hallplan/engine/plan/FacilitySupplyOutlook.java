package dev.hallplan.engine.plan;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.engine.energy.SyntheticProfiles;
import dev.hallplan.engine.energy.YearCalendar;
import dev.hallplan.engine.facility.FacilityModel;
import dev.hallplan.engine.facility.ServerLoad;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.solver.HallSupplyOutlook;
import dev.hallplan.engine.solver.SupplyOutlookSource;
import dev.hallplan.engine.supply.HourlyProfile;
import dev.hallplan.engine.supply.RenewableSource;
import java.util.List;

/**
 * The solver's view of a hall's PUE and on-site supply, from the facility and energy models:
 * monthly PUE of the hall at nameplate load (the facility model's curve), and for each month a
 * representative day of behind-the-meter renewables (the mean of that hour of day over the month
 * of the sources' hourly profiles). Grid-delivered PPAs add no capacity beyond the tie-in. A hall
 * without IT load gets a PUE of 1: it has no PUE, and nothing can be placed in it.
 */
public final class FacilitySupplyOutlook implements SupplyOutlookSource {
    private final Catalog catalog;

    public FacilitySupplyOutlook(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public HallSupplyOutlook outlookFor(Hall hall) {
        var state = FacilityModel.liveState(hall, catalog, ServerLoad.NAMEPLATE);
        double[][] day = new double[12][24];
        int[][] count = new int[12][24];
        for (RenewableSource source : hall.supply().renewables()) {
            if (!source.onSite()) {
                continue;
            }
            HourlyProfile profile = SyntheticProfiles.forSource(source);
            for (int h = 0; h < YearCalendar.HOURS_PER_YEAR; h++) {
                day[YearCalendar.monthOf(h)][YearCalendar.hourOfDay(h)] += source.capacityWatts() * profile.at(h);
            }
        }
        for (int h = 0; h < YearCalendar.HOURS_PER_YEAR; h++) {
            count[YearCalendar.monthOf(h)][YearCalendar.hourOfDay(h)]++;
        }
        for (int m = 0; m < 12; m++) {
            for (int hod = 0; hod < 24; hod++) {
                day[m][hod] /= count[m][hod];
            }
        }
        // a hall without IT load (no racks yet) has no PUE; no server can be placed in it, so the divisor of its limit is moot
        List<Double> pue = state.monthlyPue().stream().map(p -> Double.isNaN(p) ? 1.0 : p).toList();
        return new HallSupplyOutlook(pue, day);
    }
}
