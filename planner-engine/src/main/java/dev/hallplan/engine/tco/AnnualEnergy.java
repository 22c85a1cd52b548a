package dev.hallplan.engine.tco;

import dev.hallplan.engine.energy.HallSimulation.HallYear;
import java.util.List;

/**
 * The year's energy figures TCO needs, summed over halls.
 *
 * @param energyCostUsd         energy bill (grid, demand charges, renewables, firm supply)
 * @param facilityEnergyJoules  facility energy the supply delivered (IT x PUE, less any unserved)
 * @param outputTokens          output tokens served: a hall's tokens scaled by the share of its IT energy that ran
 */
public record AnnualEnergy(double energyCostUsd, double facilityEnergyJoules, double outputTokens) {
    public AnnualEnergy {
        if (!(energyCostUsd >= 0) || !(facilityEnergyJoules >= 0) || !(outputTokens >= 0)) {
            throw new IllegalArgumentException("annual energy cost, energy and tokens must not be negative: "
                    + energyCostUsd + " USD, " + facilityEnergyJoules + " J, " + outputTokens + " tokens");
        }
    }

    /** Sums the simulated halls of a scenario. */
    public static AnnualEnergy of(List<HallYear> halls) {
        double cost = 0;
        double joules = 0;
        double tokens = 0;
        for (HallYear h : halls) {
            cost += h.result().cost().totalUsd();
            joules += h.result().servedFacilityEnergyJoules();
            tokens += h.itLoad().outputTokens() * h.result().servedShareOfItEnergy();
        }
        return new AnnualEnergy(cost, joules, tokens);
    }
}
