package dev.hallplan.engine.energy;

/**
 * Power usage effectiveness of a hall for one hour: facility power / IT power (1 or more). The
 * facility model supplies the real curve (cooling mix, load, monthly ambient); tests pass lambdas.
 */
@FunctionalInterface
public interface PueFunction {
    /**
     * @param hourOfYear   0..8759
     * @param itLoadWatts  IT load in that hour, 0 or more
     * @return PUE, at least 1
     */
    double pue(int hourOfYear, double itLoadWatts);

    static PueFunction constant(double pue) {
        if (!(pue >= 1)) {
            throw new IllegalArgumentException("PUE must be 1 or more, was " + pue);
        }
        return (hour, it) -> pue;
    }
}
