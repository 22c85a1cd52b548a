package dev.hallplan.engine.solver;

import dev.hallplan.engine.project.Hall;

/** Gives the solver each hall's PUE and on-site supply; bound by the caller to the facility and energy models. */
@FunctionalInterface
public interface SupplyOutlookSource {

    /** The outlook for {@code hall}; never null. */
    HallSupplyOutlook outlookFor(Hall hall);

    /** Every hall at the same constant PUE without on-site supply (tests, first estimates). */
    static SupplyOutlookSource constantPue(double pue) {
        HallSupplyOutlook outlook = HallSupplyOutlook.constantPue(pue);
        return hall -> outlook;
    }
}
