package dev.hallplan.engine.solver;

import dev.hallplan.engine.supply.EnergySupply;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The most IT power a hall's supply carries, PUE included, and the hour where that binds.
 * Formula (docs/solver.md): for each month m and hour h of the representative day,
 * {@code (gridTieIn + firm + onSite(m, h) + batteryPower) / PUE(m)}; the limit is the smallest.
 * Without on-site supply or battery that is simply {@code (gridTieIn + firm) / max PUE}, the peak
 * hour. The battery is counted at its full power every hour (its energy is checked by the energy
 * simulation, not here).
 *
 * @param itWatts       the limit on IT load
 * @param bindingHour   where it binds, e.g. "peak hour, PUE 1.3" or "Jan 19:00, PUE 1.25"
 */
record HallPowerLimit(double itWatts, String bindingHour) {

    static HallPowerLimit of(EnergySupply supply, HallSupplyOutlook outlook) {
        double firm = supply.gridTieInWatts() + supply.firmSupplyWatts();
        double battery = supply.battery() == null ? 0 : supply.battery().powerWatts();
        boolean hourly = battery > 0 || hasOnSiteSupply(outlook);
        double best = Double.POSITIVE_INFINITY;
        int bestMonth = 0;
        int bestHour = 0;
        for (int m = 0; m < 12; m++) {
            for (int h = 0; h < 24; h++) {
                double it = (firm + outlook.onSiteSupplyWatts(m, h) + battery) / outlook.pue(m);
                if (it < best) {
                    best = it;
                    bestMonth = m;
                    bestHour = h;
                }
            }
        }
        String pue = "PUE " + dev.hallplan.catalog.units.UnitFormat.number(outlook.pue(bestMonth));
        String when = hourly
                ? Month.of(bestMonth + 1).getDisplayName(TextStyle.SHORT, Locale.ROOT) + String.format(Locale.ROOT, " %02d:00", bestHour)
                : "peak hour";
        return new HallPowerLimit(best, when + ", " + pue);
    }

    private static boolean hasOnSiteSupply(HallSupplyOutlook outlook) {
        for (int m = 0; m < 12; m++) {
            for (int h = 0; h < 24; h++) {
                if (outlook.onSiteSupplyWatts(m, h) > 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
