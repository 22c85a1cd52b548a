package dev.hallplan.engine.energy;

import dev.hallplan.engine.supply.Battery;
/**
 * The greedy hourly dispatch (docs/energy-model.md, "Dispatch"): renewables serve the load
 * first; a surplus charges the battery and the rest is curtailed; a deficit is met by the battery,
 * then the grid up to its tie-in, then firm on-site supply; what remains is unserved. Grid-delivered
 * renewables (PPAs) reach the hall through the tie-in: they count up to the tie-in (the rest is
 * curtailed) and grid import gets only what they leave of it. The battery
 * charges only from surplus renewables, so all its discharge is of renewable origin. Round-trip
 * losses are split evenly: charge and discharge each lose sqrt(round-trip efficiency).
 *
 * <p>Works on arrays of any length (the year simulation uses 8760; tests use a few hours). All
 * power arrays are mean watts over each one-hour step; state of charge is joules at the end of
 * each hour. The battery starts at its minimum state of charge.
 */
public final class Dispatch {
    /** Below this many watts a remainder counts as met (rounding noise). */
    static final double UNSERVED_TOLERANCE_WATTS = 1e-6;

    final double[] renewablesUsedWatts;
    final double[] batteryChargeWatts;
    final double[] batteryDischargeWatts;
    final double[] stateOfChargeJoules;
    final double[] gridImportWatts;
    final double[] firmWatts;
    final double[] curtailedWatts;
    final double[] unservedWatts;

    private Dispatch(int hours) {
        renewablesUsedWatts = new double[hours];
        batteryChargeWatts = new double[hours];
        batteryDischargeWatts = new double[hours];
        stateOfChargeJoules = new double[hours];
        gridImportWatts = new double[hours];
        firmWatts = new double[hours];
        curtailedWatts = new double[hours];
        unservedWatts = new double[hours];
    }

    /**
     * Dispatches every hour in order.
     *
     * @param loadWatts       facility load per hour (IT x PUE)
     * @param renewableWatts  renewable generation per hour, same length
     * @param battery         nullable: no battery
     */
    public static Dispatch run(double[] loadWatts, double[] renewableWatts, Battery battery,
                               double gridTieInWatts, double firmSupplyWatts) {
        return run(loadWatts, renewableWatts, null, battery, gridTieInWatts, firmSupplyWatts);
    }

    /**
     * Dispatches every hour in order, {@code deliveredWatts} of each hour's renewables arriving
     * through the grid tie-in (nullable: all on site).
     */
    public static Dispatch run(double[] loadWatts, double[] renewableWatts, double[] deliveredWatts, Battery battery,
                               double gridTieInWatts, double firmSupplyWatts) {
        if (loadWatts.length != renewableWatts.length || (deliveredWatts != null && deliveredWatts.length != loadWatts.length)) {
            throw new IllegalArgumentException("load has " + loadWatts.length + " hours, renewables "
                    + renewableWatts.length + (deliveredWatts == null ? "" : ", grid-delivered renewables " + deliveredWatts.length));
        }
        int n = loadWatts.length;
        Dispatch d = new Dispatch(n);
        double capacity = battery == null ? 0 : battery.energyCapacityJoules();
        double batteryPower = battery == null ? 0 : battery.powerWatts();
        double oneWayEfficiency = battery == null ? 1 : Math.sqrt(battery.roundTripEfficiency());
        double floor = battery == null ? 0 : battery.minStateOfCharge() * capacity;
        double soc = floor;
        final double step = YearCalendar.SECONDS_PER_HOUR;
        for (int h = 0; h < n; h++) {
            double load = loadWatts[h];
            // a PPA's output beyond the tie-in cannot reach the hall; what reaches it uses the tie-in
            double deliveredIn = deliveredWatts == null ? 0 : Math.min(deliveredWatts[h], gridTieInWatts);
            double spilled = deliveredWatts == null ? 0 : deliveredWatts[h] - deliveredIn;
            double renewable = renewableWatts[h] - spilled;
            double direct = Math.min(load, renewable);
            double surplus = renewable - direct;
            double deficit = load - direct;
            d.renewablesUsedWatts[h] = direct;
            d.curtailedWatts[h] = spilled;
            if (surplus > 0) {
                double charge = Math.min(surplus, Math.min(batteryPower, (capacity - soc) / (oneWayEfficiency * step)));
                charge = Math.max(0, charge);
                soc += charge * oneWayEfficiency * step;
                d.batteryChargeWatts[h] = charge;
                d.curtailedWatts[h] += surplus - charge;
            } else if (deficit > 0) {
                double discharge = Math.min(deficit, Math.min(batteryPower, (soc - floor) * oneWayEfficiency / step));
                discharge = Math.max(0, discharge);
                soc -= discharge * step / oneWayEfficiency;
                d.batteryDischargeWatts[h] = discharge;
                deficit -= discharge;
                // in a deficit hour every renewable watt that reached the hall serves the load
                double grid = Math.min(deficit, gridTieInWatts - deliveredIn);
                deficit -= grid;
                double firm = Math.min(deficit, firmSupplyWatts);
                deficit -= firm;
                d.gridImportWatts[h] = grid;
                d.firmWatts[h] = firm;
                d.unservedWatts[h] = deficit > UNSERVED_TOLERANCE_WATTS ? deficit : 0;
            }
            d.stateOfChargeJoules[h] = soc;
        }
        return d;
    }

    public double renewablesUsedWatts(int hour) { return renewablesUsedWatts[hour]; }
    public double batteryChargeWatts(int hour) { return batteryChargeWatts[hour]; }
    public double batteryDischargeWatts(int hour) { return batteryDischargeWatts[hour]; }
    public double stateOfChargeJoules(int hour) { return stateOfChargeJoules[hour]; }
    public double gridImportWatts(int hour) { return gridImportWatts[hour]; }
    public double firmWatts(int hour) { return firmWatts[hour]; }
    public double curtailedWatts(int hour) { return curtailedWatts[hour]; }
    public double unservedWatts(int hour) { return unservedWatts[hour]; }

    public int hours() {
        return gridImportWatts.length;
    }
}
