package dev.hallplan.engine.energy;

import dev.hallplan.engine.supply.HourlyProfile;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one hall's hourly year simulation. Hourly series are mean watts over each hour
 * (state of charge: joules at the hour's end). Shares are 0..1; definitions in
 * docs/energy-model.md ("Results").
 *
 * @param itLoadWatts                IT load after deferrable work moved
 * @param facilityLoadWatts          IT load times PUE
 * @param renewableGenerationWatts   renewable generation available
 * @param renewablesUsedWatts        renewables serving the load directly
 * @param monthlyPeakGridWatts       largest grid import of each month, January first (12 values)
 * @param unservedHours              hours of the year (0..8759) where supply could not meet load
 * @param carbonTonnes               tCO2e of grid import and firm supply
 * @param annualRenewableShare       annual matching: min(1, renewable generation / facility energy)
 * @param renewableShareOfLoad       renewables consumed (direct plus battery discharge) / facility energy
 * @param carbonFreeShare            hourly-matched 24/7 CFE share
 * @param shift                      deferrable work moved and what it saved, {@link ShiftReport#NONE} when off
 */
public record SimulationResult(
        HourlyProfile itLoadWatts,
        HourlyProfile facilityLoadWatts,
        HourlyProfile renewableGenerationWatts,
        HourlyProfile renewablesUsedWatts,
        HourlyProfile batteryChargeWatts,
        HourlyProfile batteryDischargeWatts,
        HourlyProfile batteryStateOfChargeJoules,
        HourlyProfile gridImportWatts,
        HourlyProfile firmSupplyWatts,
        HourlyProfile curtailedWatts,
        HourlyProfile unservedWatts,
        List<Double> monthlyPeakGridWatts,
        List<Integer> unservedHours,
        EnergyCost cost,
        double carbonTonnes,
        double annualRenewableShare,
        double renewableShareOfLoad,
        double carbonFreeShare,
        ShiftReport shift) {

    public SimulationResult {
        Objects.requireNonNull(cost, "cost");
        monthlyPeakGridWatts = List.copyOf(monthlyPeakGridWatts);
        unservedHours = List.copyOf(unservedHours);
        shift = shift == null ? ShiftReport.NONE : shift;
    }

    /** Facility energy over the year, J. */
    public double facilityEnergyJoules() {
        return joules(facilityLoadWatts);
    }

    /** IT energy over the year, J. */
    public double itEnergyJoules() {
        return joules(itLoadWatts);
    }

    public double gridEnergyJoules() {
        return joules(gridImportWatts);
    }

    public double curtailedEnergyJoules() {
        return joules(curtailedWatts);
    }

    public double unservedEnergyJoules() {
        return joules(unservedWatts);
    }

    /** Facility energy the supply delivered: facility energy less the unserved, J. */
    public double servedFacilityEnergyJoules() {
        return facilityEnergyJoules() - unservedEnergyJoules();
    }

    /**
     * IT energy that ran: each hour's IT load times the share of its facility load the supply
     * met (an hour short of supply runs that much less IT), J.
     */
    public double servedItEnergyJoules() {
        double wattHours = 0;
        for (int h = 0; h < YearCalendar.HOURS_PER_YEAR; h++) {
            double facility = facilityLoadWatts.at(h);
            double served = facility > 0 ? 1 - unservedWatts.at(h) / facility : 1;
            wattHours += itLoadWatts.at(h) * served;
        }
        return wattHours * YearCalendar.SECONDS_PER_HOUR;
    }

    /** Share of the planned IT energy that ran (1 when the supply met every hour). */
    public double servedShareOfItEnergy() {
        double planned = itEnergyJoules();
        return planned > 0 ? servedItEnergyJoules() / planned : 1;
    }

    /** The year's largest grid import, W. */
    public double peakGridWatts() {
        return monthlyPeakGridWatts.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private static double joules(HourlyProfile watts) {
        return watts.yearSum() * YearCalendar.SECONDS_PER_HOUR;
    }
}
