package dev.hallplan.engine.energy;

import dev.hallplan.engine.supply.Battery;
import dev.hallplan.engine.supply.EnergySupply;

/**
 * The one supply-adequacy model of a hall (docs/energy-model.md, "Supply adequacy"): can its grid
 * tie-in, firm supply, on-site renewables and battery meet a load in every hour of the year?
 *
 * <p>The load is given as a bound on every hour's facility load (for a plan, its own load; for the
 * solver, a bound over all plans under a limit). The model runs {@link Dispatch}, the year
 * simulation's own rules, over the simulation's 8,760 hours against that bound: renewables hour
 * by hour from the same profiles, the battery's energy and power with its state
 * of charge carried through every day, starting where the simulation starts it. Because the greedy
 * dispatch is monotone (more renewable output or less load in an hour never leaves less charge or
 * more unmet load in any later hour), a bound the model accepts leaves no unserved hour in the year
 * simulation of any load below it.
 *
 * <p>Renewables count as the simulation counts them: on-site sources and grid-delivered PPAs alike
 * serve load before the grid, outside the tie-in (docs/energy-model.md, "Supply adequacy", on
 * what that assumes).
 */
public final class SupplyAdequacy {
    private final double[] renewableWatts;
    private final double[] deliveredWatts;
    private final double gridTieInWatts;
    private final double firmSupplyWatts;
    private final Battery battery;

    /** A supply whose renewable sources are all on site; see {@link #SupplyAdequacy(double[], double[], double, double, Battery)}. */
    public SupplyAdequacy(double[] renewableWatts, double gridTieInWatts, double firmSupplyWatts, Battery battery) {
        this(renewableWatts, null, gridTieInWatts, firmSupplyWatts, battery);
    }

    /**
     * @param renewableWatts        renewable output of every hour of the year (8760 values, W, each 0 or more)
     * @param deliveredWatts        nullable: the grid-delivered part of it (PPAs), which shares the tie-in
     *                              with grid import; null when every source is on site
     * @param gridTieInWatts        largest draw through the grid connection
     * @param firmSupplyWatts       firm on-site supply
     * @param battery               nullable: no battery
     */
    public SupplyAdequacy(double[] renewableWatts, double[] deliveredWatts, double gridTieInWatts, double firmSupplyWatts,
                          Battery battery) {
        YearCalendar.requireYear("renewable output", renewableWatts);
        if (deliveredWatts != null) {
            YearCalendar.requireYear("grid-delivered renewable output", deliveredWatts);
            for (int h = 0; h < deliveredWatts.length; h++) {
                if (!(deliveredWatts[h] >= 0) || deliveredWatts[h] > renewableWatts[h]) {
                    throw new IllegalArgumentException("grid-delivered output must be between 0 and the renewable output, was "
                            + deliveredWatts[h] + " W of " + renewableWatts[h] + " W in hour " + h);
                }
            }
        }
        this.deliveredWatts = deliveredWatts == null ? null : deliveredWatts.clone();
        for (double w : renewableWatts) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("renewable output must be finite and not negative, was " + w);
            }
        }
        this.renewableWatts = renewableWatts.clone();
        if (!(gridTieInWatts >= 0) || !(firmSupplyWatts >= 0) || Double.isInfinite(gridTieInWatts + firmSupplyWatts)) {
            throw new IllegalArgumentException("grid tie-in and firm supply must be finite and not negative, were "
                    + gridTieInWatts + " W and " + firmSupplyWatts + " W");
        }
        this.gridTieInWatts = gridTieInWatts;
        this.firmSupplyWatts = firmSupplyWatts;
        this.battery = battery;
    }

    /**
     * The model of {@code supply}: its renewable sources' hourly output over the simulation's
     * year, summed as the simulation sums them ({@link SupplyProfiles}).
     */
    public static SupplyAdequacy of(EnergySupply supply) {
        SupplyProfiles profiles = SupplyProfiles.of(supply);
        return new SupplyAdequacy(profiles.renewableWatts(), profiles.deliveredWatts(), supply.gridTieInWatts(),
                supply.firmSupplyWatts(), supply.battery());
    }

    /**
     * Dispatches the year under {@code facilityWatts}, a bound on the facility load of each hour.
     *
     * @param facilityWatts  8760 facility loads, W, each 0 or more
     */
    public SupplyCheck check(double[] facilityWatts) {
        YearCalendar.requireYear("facility load", facilityWatts);
        Dispatch year = Dispatch.run(facilityWatts, renewableWatts, deliveredWatts, battery, gridTieInWatts, firmSupplyWatts);
        int hours = 0;
        double wattHours = 0;
        int worst = -1;
        double worstWatts = 0;
        for (int h = 0; h < facilityWatts.length; h++) {
            double w = year.unservedWatts(h);
            if (w > 0) {
                hours++;
                wattHours += w;
                if (w > worstWatts) {
                    worstWatts = w;
                    worst = h;
                }
            }
        }
        return new SupplyCheck(hours, wattHours * YearCalendar.SECONDS_PER_HOUR, worst, worstWatts);
    }

    /** {@link #check} with a constant IT load: facility load {@code itWatts × monthlyPue[m]} in every hour of month m. */
    public SupplyCheck checkConstantIt(double itWatts, double[] monthlyPue) {
        return check(constantIt(itWatts, monthlyPue));
    }

    private static double[] constantIt(double itWatts, double[] monthlyPue) {
        double[] load = new double[YearCalendar.HOURS_PER_YEAR];
        for (int h = 0; h < load.length; h++) {
            load[h] = itWatts * monthlyPue[YearCalendar.monthOf(h)];
        }
        return load;
    }

    /** A bound on the facility load of every hour of a hall whose IT load at planned full load is a given limit. */
    @FunctionalInterface
    public interface LoadBound {
        /**
         * @param fullLoadItWatts  IT load at planned full load, W (more than 0)
         * @return 8760 facility loads, W, each non-decreasing in {@code fullLoadItWatts}
         */
        double[] facilityWatts(double fullLoadItWatts);
    }

    /**
     * The largest IT load at planned full load whose {@code bound} this supply meets in every hour
     * of the representative year, in whole watts (bisection: the check is monotone in the load);
     * +infinity when no load up to 10^15 W is too much.
     */
    public double largestItWatts(LoadBound bound) {
        double low = 0;
        double high = gridTieInWatts + firmSupplyWatts + peakRenewableWatts() + (battery == null ? 0 : battery.powerWatts()) + 1;
        while (check(bound.facilityWatts(high)).adequate()) {
            low = high;
            high *= 2;
            if (high > 1e15) {
                return Double.POSITIVE_INFINITY;
            }
        }
        while (high - low > 0.5) {
            double mid = (low + high) / 2;
            if (check(bound.facilityWatts(mid)).adequate()) {
                low = mid;
            } else {
                high = mid;
            }
        }
        double whole = Math.ceil(low);
        return whole > 0 && check(bound.facilityWatts(whole)).adequate() ? whole : Math.floor(low);
    }

    /** {@link #largestItWatts} for a constant IT load at {@code monthlyPue} (12 values, each 1 or more). */
    public double largestConstantItWatts(double[] monthlyPue) {
        if (monthlyPue == null || monthlyPue.length != 12) {
            throw new IllegalArgumentException("the supply-adequacy limit needs 12 monthly PUE values");
        }
        for (double pue : monthlyPue) {
            if (!(pue >= 1) || Double.isInfinite(pue)) {
                throw new IllegalArgumentException("PUE must be 1 or more, was " + pue);
            }
        }
        return largestItWatts(it -> constantIt(it, monthlyPue));
    }

    private double peakRenewableWatts() {
        double peak = 0;
        for (double w : renewableWatts) {
            peak = Math.max(peak, w);
        }
        return peak;
    }

    /** True when the hall has on-site renewables or a battery: without them its supply is the same every hour. */
    public boolean variesByHour() {
        if (battery != null && battery.powerWatts() > 0 && battery.energyCapacityJoules() > 0) {
            return true;
        }
        for (double w : renewableWatts) {
            if (w > 0) {
                return true;
            }
        }
        return false;
    }

}
