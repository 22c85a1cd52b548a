package dev.hallplan.engine.facility;

/**
 * Provisioned capacity that cannot be used because another resource runs out first. The hall can
 * carry at most {@code usableWatts = min(power, cooling, space)} of IT load; what each resource
 * has beyond that is stranded.
 *
 * @param powerCapacityWatts    IT load the power chain may carry (usable UPS capacity, or the racks' feeds when no UPS is modelled)
 * @param coolingCapacityWatts  IT heat the rows' CRAHs and CDUs remove, capped by the heat-rejection plant when one is modelled
 * @param spaceCapacityWatts    IT load the racks may hold: each placed rack's smaller of power and heat limit,
 *                              and empty positions at the placed racks' mean
 */
public record StrandedCapacity(double powerCapacityWatts, double coolingCapacityWatts, double spaceCapacityWatts) {

    /** What binds first. */
    public enum Resource {
        POWER, COOLING, SPACE
    }

    public double usableWatts() {
        return Math.min(powerCapacityWatts, Math.min(coolingCapacityWatts, spaceCapacityWatts));
    }

    /** Power provisioned but unusable because cooling or space runs out first. */
    public double strandedPowerWatts() {
        return powerCapacityWatts - usableWatts();
    }

    /** Cooling provisioned but unusable because power or space runs out first. */
    public double strandedCoolingWatts() {
        return coolingCapacityWatts - usableWatts();
    }

    /** Rack capacity placed but unusable because power or cooling runs out first. */
    public double strandedSpaceWatts() {
        return spaceCapacityWatts - usableWatts();
    }

    public Resource binding() {
        double u = usableWatts();
        if (powerCapacityWatts == u) {
            return Resource.POWER;
        }
        return coolingCapacityWatts == u ? Resource.COOLING : Resource.SPACE;
    }
}
