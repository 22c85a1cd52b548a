package dev.hallplan.engine.solver;

import dev.hallplan.engine.energy.PueBound;
import dev.hallplan.engine.energy.SupplyAdequacy;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What the solver needs to know about a hall's supply and PUE, from the facility and energy
 * models (the solver has no PUE or renewable formula of its own).
 *
 * @param monthlyPue       PUE per month (January first, 12 values, each 1 or more) that prices a
 *                         watt of IT load in the soft energy and carbon terms
 * @param pueBound         a PUE no hour exceeds, by month and IT load fraction, whatever the plan's
 *                         cooling mix: what the supply limit reads
 * @param adequacy         the hall's supply-adequacy model (grid, firm, on-site renewables, battery)
 */
public record HallSupply(List<Double> monthlyPue, PueBound pueBound, SupplyAdequacy adequacy) {

    public HallSupply {
        monthlyPue = checked("monthly PUE", monthlyPue);
        Objects.requireNonNull(pueBound, "pueBound");
        Objects.requireNonNull(adequacy, "adequacy");
    }

    /** A constant PUE all year with {@code adequacy} (tests and first estimates). */
    public static HallSupply constantPue(double pue, SupplyAdequacy adequacy) {
        return new HallSupply(Collections.nCopies(12, pue), PueBound.constant(pue), adequacy);
    }

    public double pue(int month) {
        return monthlyPue.get(month);
    }

    /** The yearly mean of {@link #monthlyPue} (months weighted equally). */
    public double meanPue() {
        return monthlyPue.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    private static List<Double> checked(String what, List<Double> pue) {
        if (pue == null || pue.size() != 12) {
            throw new IllegalArgumentException(what + " needs 12 values");
        }
        for (double p : pue) {
            if (!(p >= 1) || Double.isInfinite(p)) {
                throw new IllegalArgumentException("PUE must be 1 or more, was " + p);
            }
        }
        return List.copyOf(pue);
    }
}
