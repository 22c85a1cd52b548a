package dev.hallplan.engine.energy;

/**
 * A bound on a hall's PUE before its plan is known: no hour of {@code month} has a higher PUE
 * at an IT load of {@code itLoadFraction} of the plan's peak or more. Non-increasing in the load fraction.
 */
@FunctionalInterface
public interface PueBound {
    /**
     * @param month           0 = January
     * @param itLoadFraction  IT load / planned peak IT load, 0..1
     * @return PUE, at least 1
     */
    double pue(int month, double itLoadFraction);

    /** The same PUE in every hour. */
    static PueBound constant(double pue) {
        if (!(pue >= 1) || Double.isInfinite(pue)) {
            throw new IllegalArgumentException("PUE must be 1 or more, was " + pue);
        }
        return (month, fraction) -> pue;
    }
}
