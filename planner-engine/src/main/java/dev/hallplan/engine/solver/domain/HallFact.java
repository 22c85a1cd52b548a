package dev.hallplan.engine.solver.domain;

import dev.hallplan.engine.project.Region;
import java.util.Set;

/**
 * A hall as the solver sees it: where it is, what it complies with, how much IT power its supply
 * carries and what a watt of IT load costs and emits over a year.
 *
 * @param itPowerLimitWatts        the most IT load the hall carries: the smaller of what its supply
 *                                 carries at the binding hour, PUE included, and what its power chain
 *                                 and cooling plant carry (see docs/solver.md, "Hall limit")
 * @param bindingHour              what sets that limit, for messages, e.g. "supply at peak hour, PUE 1.3"
 *                                 or "UPS and transformers"
 * @param baseLoadWatts            IT load whatever the plan: every rack's fixed load plus the sized network fabric
 * @param energyUsdPerWattYear     cost of one watt of IT load running a year, PUE included
 * @param carbonKgPerWattYear      grid CO2e of one watt of IT load running a year, PUE included
 */
public record HallFact(
        String id,
        String name,
        Region region,
        Set<String> compliance,
        long itPowerLimitWatts,
        String bindingHour,
        long baseLoadWatts,
        double energyUsdPerWattYear,
        double carbonKgPerWattYear) {

    public HallFact {
        if (id == null || region == null) {
            throw new IllegalArgumentException("hall fact needs an id and a region");
        }
        name = name == null ? id : name;
        compliance = compliance == null ? Set.of() : Set.copyOf(compliance);
        bindingHour = bindingHour == null ? "" : bindingHour;
        if (itPowerLimitWatts < 0 || baseLoadWatts < 0 || energyUsdPerWattYear < 0 || carbonKgPerWattYear < 0) {
            throw new IllegalArgumentException("hall " + id + ": limits, loads and rates must not be negative");
        }
        // soft scores are sums of these rates times watts in a long: a rate that is not finite has no score
        if (!Double.isFinite(energyUsdPerWattYear)) {
            throw new IllegalArgumentException("hall " + id + ": energy cost of 1 W of IT load over a year is not a finite number ("
                    + energyUsdPerWattYear + " USD); check the tariff's energyUsdPerMwh");
        }
        if (!Double.isFinite(carbonKgPerWattYear)) {
            throw new IllegalArgumentException("hall " + id + ": grid carbon of 1 W of IT load over a year is not a finite number ("
                    + carbonKgPerWattYear + " kg); check gridCarbonGramsPerKwh");
        }
    }

    /** Identity is the id, so that hashing in score calculation stays cheap. */
    @Override
    public boolean equals(Object o) {
        return o instanceof HallFact h && id.equals(h.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
