package dev.hallplan.engine.energy;

import dev.hallplan.catalog.units.UnitFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The supply facts of a planned hall in words, decided in one place: the supply-adequacy check of
 * the plan's load ({@link SupplyAdequacy}, the model the solver's hall limit reads) and the hours
 * the year simulation could not supply. Both are hard violations: a plan that cannot be supplied
 * in every hour is not feasible.
 */
public final class SupplyVerdicts {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ROOT);

    private SupplyVerdicts() {
    }

    /**
     * The adequacy check of a planned hall: its own hourly load before deferrable work moves (where
     * the solver's limit bounds every plan). When it holds, the year simulation supplies every hour,
     * with or without shifting.
     *
     * @param load  the hall's simulated IT load (the plan's, before shifting)
     * @param pue   the PUE curve the simulation uses
     * @return the violation, or empty when the supply carries that load in every hour of the representative year
     */
    public static Optional<String> forPlan(String hallId, SupplyAdequacy model, HallItLoad load, PueFunction pue) {
        double[] facility = new double[YearCalendar.HOURS_PER_YEAR];
        for (int h = 0; h < facility.length; h++) {
            double it = load.firmWatts()[h] + load.deferrableWatts()[h];
            facility[h] = it * pue.pue(h, it);
        }
        SupplyCheck check = model.check(facility);
        if (check.adequate()) {
            return Optional.empty();
        }
        return Optional.of("Hall " + hallId + " supply: grid, firm supply, renewables and battery"
                + " leave " + UnitFormat.joulesAsWattHours(check.shortEnergyJoules()) + " unserved in " + check.shortHours()
                + " hours (worst " + check.worstHourLabel() + ": " + UnitFormat.watts(check.worstShortWatts()) + " short)");
    }

    /** The hours the year simulation could not supply, or empty when it supplied every hour. */
    public static Optional<String> unserved(String hallId, SimulationResult year) {
        if (year.unservedHours().isEmpty()) {
            return Optional.empty();
        }
        int worst = year.unservedHours().get(0);
        for (int h : year.unservedHours()) {
            if (year.unservedWatts().at(h) > year.unservedWatts().at(worst)) {
                worst = h;
            }
        }
        return Optional.of("Hall " + hallId + " supply: load unserved in " + year.unservedHours().size()
                + " hours of the simulated year, " + UnitFormat.joulesAsWattHours(year.unservedEnergyJoules())
                + " short, worst " + hourLabel(worst) + " (" + UnitFormat.watts(year.unservedWatts().at(worst)) + " short)");
    }

    /** An hour of the reference year for people, e.g. "12 Jan 19:00". */
    public static String hourLabel(int hourOfYear) {
        return LocalDate.ofYearDay(2025, YearCalendar.dayOf(hourOfYear) + 1).format(DAY)
                + String.format(Locale.ROOT, " %02d:00", YearCalendar.hourOfDay(hourOfYear));
    }
}
