package dev.hallplan.engine.solver;

import dev.hallplan.engine.energy.SupplyAdequacy;
import dev.hallplan.engine.project.Hall;

/** Gives the solver each hall's supply model and PUE; bound by the caller to the facility and energy models. */
@FunctionalInterface
public interface SupplyOutlookSource {

    /** The supply of {@code hall}; never null. */
    HallSupply supplyOf(Hall hall);

    /** Every hall at the same constant PUE, its supply modelled by {@link SupplyAdequacy#of} (tests, first estimates). */
    static SupplyOutlookSource constantPue(double pue) {
        return hall -> HallSupply.constantPue(pue, SupplyAdequacy.of(hall.supply()));
    }
}
