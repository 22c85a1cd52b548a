package dev.hallplan.engine.energy;

/**
 * What {@link SupplyAdequacy} finds for one load bound: the hours of the year in which the supply
 * falls short of it.
 *
 * @param shortHours          hours of the year with load the supply cannot meet (0..8760)
 * @param shortEnergyJoules   energy the supply cannot deliver over those hours, J
 * @param worstHourOfYear     hour of the year (0..8759) of the largest shortfall; -1 when there is none
 * @param worstShortWatts     the largest shortfall of any hour, W (0 when there is none)
 */
public record SupplyCheck(int shortHours, double shortEnergyJoules, int worstHourOfYear, double worstShortWatts) {

    public SupplyCheck {
        if (shortHours < 0 || !(shortEnergyJoules >= 0) || !(worstShortWatts >= 0)) {
            throw new IllegalArgumentException("a supply check counts hours and energy short, 0 or more");
        }
    }

    /** True when the supply meets the load in every hour of the representative year. */
    public boolean adequate() {
        return shortHours == 0;
    }

    /** The worst hour for people, e.g. "12 Jan 19:00"; empty when the supply is adequate. */
    public String worstHourLabel() {
        return worstHourOfYear < 0 ? "" : SupplyVerdicts.hourLabel(worstHourOfYear);
    }
}
