package dev.hallplan.engine.energy;

import dev.hallplan.engine.supply.HourlyProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The hourly year simulation of one hall: optional deferrable shifting, IT load through PUE,
 * {@link Dispatch}, then cost, carbon and shares (docs/energy-model.md). A pure function of its
 * input; runs in well under a millisecond per hall-year.
 */
public final class YearSimulator {
    private static final double WATT_HOURS_PER_MWH = 1e6;
    private static final double WATTS_PER_KW = 1e3;
    private static final double GRAMS_PER_TONNE = 1e6;

    private YearSimulator() {
    }

    public static SimulationResult run(SimulationInput in) {
        double[] deferrable = in.itDeferrableWatts();
        double moved = 0;
        if (in.shiftDeferrable() && in.spareItWatts() != null) {
            DeferrableShifter.Shift s = DeferrableShifter.shift(in.itFirmWatts(), deferrable, in.spareItWatts(),
                    in.usableRenewableWatts(), in.pue(), in.gridCarbonGramsPerKwh(), in.tariffUsdPerMwh());
            deferrable = s.itDeferrableWatts();
            moved = s.energyMovedJoules();
        }
        double[] it = new double[YearCalendar.HOURS_PER_YEAR];
        double[] facility = facilityLoad(in, deferrable, it);
        Dispatch d = dispatch(in, facility);
        Dispatch base = null;
        if (moved > 0) {
            double[] baseIt = new double[YearCalendar.HOURS_PER_YEAR];
            double[] baseFacility = facilityLoad(in, in.itDeferrableWatts(), baseIt);
            base = dispatch(in, baseFacility);
            // Moving work must never cost supply adequacy (docs/energy-model.md, "Supply adequacy"):
            // a shift that leaves more energy unserved than the unshifted year is not made.
            if (unservedWattHours(d) > unservedWattHours(base)) {
                it = baseIt;
                facility = baseFacility;
                d = base;
                base = null;
                moved = 0;
            }
        }
        double[] monthlyPeak = monthlyPeakGrid(d);
        EnergyCost cost = cost(in, d, monthlyPeak);
        double carbon = carbonTonnes(in, d);

        ShiftReport shift = ShiftReport.NONE;
        if (base != null) {
            EnergyCost baseCost = cost(in, base, monthlyPeakGrid(base));
            shift = new ShiftReport(moved, baseCost.totalUsd() - cost.totalUsd(), carbonTonnes(in, base) - carbon);
        }

        double loadSum = 0;
        double generationSum = 0;
        double renewableConsumed = 0;
        double carbonFree = 0;
        List<Integer> unservedHours = new ArrayList<>();
        double[] cfeShare = in.gridCarbonFreeShare();
        for (int h = 0; h < facility.length; h++) {
            loadSum += facility[h];
            generationSum += in.renewableWatts()[h];
            double renewable = d.renewablesUsedWatts[h] + d.batteryDischargeWatts[h];
            renewableConsumed += renewable;
            double cfe = renewable + (cfeShare == null ? 0 : d.gridImportWatts[h] * cfeShare[h]);
            carbonFree += Math.min(facility[h], cfe);
            if (d.unservedWatts[h] > 0) {
                unservedHours.add(h);
            }
        }
        return new SimulationResult(
                HourlyProfile.of(it), HourlyProfile.of(facility), HourlyProfile.of(in.renewableWatts()),
                HourlyProfile.of(d.renewablesUsedWatts), HourlyProfile.of(d.batteryChargeWatts),
                HourlyProfile.of(d.batteryDischargeWatts), HourlyProfile.of(d.stateOfChargeJoules),
                HourlyProfile.of(d.gridImportWatts), HourlyProfile.of(d.firmWatts),
                HourlyProfile.of(d.curtailedWatts), HourlyProfile.of(d.unservedWatts),
                Arrays.stream(monthlyPeak).boxed().toList(), unservedHours, cost, carbon,
                share(Math.min(generationSum, loadSum), loadSum), share(renewableConsumed, loadSum),
                share(carbonFree, loadSum), shift);
    }

    /** Fills {@code itOut} with firm + deferrable and returns IT x PUE per hour. */
    private static double[] facilityLoad(SimulationInput in, double[] deferrable, double[] itOut) {
        double[] firm = in.itFirmWatts();
        double[] facility = new double[itOut.length];
        for (int h = 0; h < itOut.length; h++) {
            double it = firm[h] + deferrable[h];
            double pue = in.pue().pue(h, it);
            if (!(pue >= 1) || Double.isInfinite(pue)) {
                throw new IllegalArgumentException("PUE at hour " + h + " must be 1 or more, was " + pue);
            }
            itOut[h] = it;
            facility[h] = it * pue;
        }
        return facility;
    }

    private static Dispatch dispatch(SimulationInput in, double[] facility) {
        return Dispatch.run(facility, in.renewableWatts(), in.deliveredRenewableWatts(), in.battery(), in.gridTieInWatts(),
                in.firm().powerWatts());
    }

    private static double unservedWattHours(Dispatch d) {
        double sum = 0;
        for (double w : d.unservedWatts) {
            sum += w;
        }
        return sum;
    }

    private static double[] monthlyPeakGrid(Dispatch d) {
        double[] peak = new double[12];
        for (int h = 0; h < d.gridImportWatts.length; h++) {
            int m = YearCalendar.monthOf(h);
            peak[m] = Math.max(peak[m], d.gridImportWatts[h]);
        }
        return peak;
    }

    private static EnergyCost cost(SimulationInput in, Dispatch d, double[] monthlyPeak) {
        double gridUsd = 0;
        double generationWattHours = 0;
        double firmWattHours = 0;
        double[] tariff = in.tariffUsdPerMwh();
        for (int h = 0; h < tariff.length; h++) {
            gridUsd += d.gridImportWatts[h] * tariff[h];
            generationWattHours += in.renewableWatts()[h];
            firmWattHours += d.firmWatts[h];
        }
        double demandUsd = 0;
        for (double peakWatts : monthlyPeak) {
            demandUsd += peakWatts / WATTS_PER_KW * in.demandChargeUsdPerKwMonth();
        }
        return new EnergyCost(gridUsd / WATT_HOURS_PER_MWH, demandUsd,
                generationWattHours / WATT_HOURS_PER_MWH * in.renewablePriceUsdPerMwh(),
                firmWattHours / WATT_HOURS_PER_MWH * in.firm().energyUsdPerMwh());
    }

    private static double carbonTonnes(SimulationInput in, Dispatch d) {
        double grams = 0;
        double firmWattHours = 0;
        double[] carbon = in.gridCarbonGramsPerKwh();
        for (int h = 0; h < carbon.length; h++) {
            grams += d.gridImportWatts[h] / WATTS_PER_KW * carbon[h];
            firmWattHours += d.firmWatts[h];
        }
        grams += firmWattHours / WATTS_PER_KW * in.firm().carbonGramsPerKwh();
        return grams / GRAMS_PER_TONNE;
    }

    private static double share(double part, double whole) {
        return whole > 0 ? part / whole : 0;
    }
}
