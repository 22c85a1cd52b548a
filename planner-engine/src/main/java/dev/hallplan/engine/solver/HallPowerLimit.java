package dev.hallplan.engine.solver;

import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.energy.PueBound;
import dev.hallplan.engine.energy.SupplyAdequacy;
import dev.hallplan.engine.energy.SupplyCheck;
import dev.hallplan.engine.energy.YearCalendar;
import dev.hallplan.engine.facility.HallCapacity;

/**
 * The most IT load a hall carries at planned full load, and what sets it (docs/solver.md, "Hall
 * limit"): the smallest of
 * <ul>
 *   <li>its supply: the largest full load {@code X} whose hourly load bound the supply-adequacy model
 *       ({@link SupplyAdequacy}: grid, firm supply, on-site renewables
 *       hour by hour, battery energy and power) meets in every hour of the year. The bound at hour h is IT
 *       {@code F + s(h) × (X − F)} ({@code F} the hall's fixed load, {@code s} the {@link HallLoadShape})
 *       times the PUE bound at that IT load as a share of {@code X};</li>
 *   <li>what its UPS and transformers carry ({@link HallCapacity#powerChainItWatts()});</li>
 *   <li>what its chillers and dry coolers reject ({@link HallCapacity#coolingPlantItWatts()}).</li>
 * </ul>
 *
 * @param itWatts  the limit on IT load at planned full load
 * @param binding  what sets it, e.g. "supply at peak hour, PUE 1.3", "supply at 12 Jan 19:00, PUE 1.25",
 *                 "UPS and transformers" or "cooling plant"
 */
record HallPowerLimit(double itWatts, String binding) {

    static HallPowerLimit of(HallSupply supply, double fixedItWatts, double[] shape, HallCapacity capacity) {
        HallPowerLimit bySupply = bySupply(supply, fixedItWatts, shape);
        if (bySupply.itWatts() <= capacity.itWatts()) {
            return bySupply;
        }
        return new HallPowerLimit(capacity.itWatts(), capacity.powerChainBinds() ? "UPS and transformers" : "cooling plant");
    }

    static HallPowerLimit bySupply(HallSupply supply, double fixedItWatts, double[] shape) {
        SupplyAdequacy model = supply.adequacy();
        SupplyAdequacy.LoadBound bound = loadBound(supply.pueBound(), fixedItWatts, shape);
        double limit = model.largestItWatts(bound);
        if (Double.isInfinite(limit)) {
            return new HallPowerLimit(limit, "supply");
        }
        // the hour that binds: the largest shortfall just above the limit
        double above = limit + 1;
        SupplyCheck check = model.check(bound.facilityWatts(above));
        int worst = Math.max(0, check.worstHourOfYear());
        int month = YearCalendar.monthOf(worst);
        double it = fixedItWatts + shape[worst] * (above - fixedItWatts);
        String pue = "PUE " + UnitFormat.number(supply.pueBound().pue(month, Math.min(1, it / above)));
        String when = model.variesByHour() && !check.adequate() ? check.worstHourLabel() : "peak hour";
        return new HallPowerLimit(limit, "supply at " + when + ", " + pue);
    }

    /** Facility load per hour of a hall whose planned full load is {@code X}: IT {@code F + s (X − F)} times its PUE bound. */
    static SupplyAdequacy.LoadBound loadBound(PueBound pue, double fixedItWatts, double[] shape) {
        return x -> {
            double[] load = new double[shape.length];
            for (int h = 0; h < load.length; h++) {
                double it = Math.max(0, fixedItWatts + shape[h] * (x - fixedItWatts));
                load[h] = x > 0 ? it * pue.pue(YearCalendar.monthOf(h), Math.min(1, it / x)) : 0;
            }
            return load;
        };
    }
}
