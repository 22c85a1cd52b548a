package dev.hallplan.engine.solver;

import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.facility.HallCapacity;
import dev.hallplan.engine.supply.EnergySupply;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The most IT load a hall carries, and what sets it (docs/solver.md, "Hall limit"): the smallest of
 * <ul>
 *   <li>its supply, PUE included: for each month m and hour h of the representative day,
 *       {@code (gridTieIn + firm + onSite(m, h) + batteryPower) / PUE(m)}, the smallest; without
 *       on-site supply or battery simply {@code (gridTieIn + firm) / max PUE}, the peak hour. The
 *       battery counts at its full power every hour (its energy is checked by the year simulation,
 *       not here: issue 18 replaces this part with an hourly supply-adequacy model);</li>
 *   <li>what its UPS and transformers carry ({@link HallCapacity#powerChainItWatts()});</li>
 *   <li>what its chillers and dry coolers reject ({@link HallCapacity#coolingPlantItWatts()}).</li>
 * </ul>
 *
 * @param itWatts  the limit on IT load
 * @param binding  what sets it, e.g. "supply at peak hour, PUE 1.3", "supply at Jan 19:00, PUE 1.25",
 *                 "UPS and transformers" or "cooling plant"
 */
record HallPowerLimit(double itWatts, String binding) {

    static HallPowerLimit of(EnergySupply supply, HallSupplyOutlook outlook, HallCapacity capacity) {
        HallPowerLimit bySupply = bySupply(supply, outlook);
        if (bySupply.itWatts() <= capacity.itWatts()) {
            return bySupply;
        }
        return new HallPowerLimit(capacity.itWatts(), capacity.powerChainBinds() ? "UPS and transformers" : "cooling plant");
    }

    static HallPowerLimit bySupply(EnergySupply supply, HallSupplyOutlook outlook) {
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
        String pue = "PUE " + UnitFormat.number(outlook.pue(bestMonth));
        String when = hourly
                ? Month.of(bestMonth + 1).getDisplayName(TextStyle.SHORT, Locale.ROOT) + String.format(Locale.ROOT, " %02d:00", bestHour)
                : "peak hour";
        return new HallPowerLimit(best, "supply at " + when + ", " + pue);
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
