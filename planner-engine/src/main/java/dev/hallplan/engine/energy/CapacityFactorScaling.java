package dev.hallplan.engine.energy;

/**
 * Scales an hourly shape to a target annual capacity factor while keeping every hour within
 * 0..1: multiply by target / mean, clip at 1, and repeat on the unclipped hours until the mean
 * matches (docs/energy-model.md, "Scaling to the capacity factor").
 */
final class CapacityFactorScaling {
    private static final int MAX_ROUNDS = 60;
    private static final double TOLERANCE = 1e-9;

    private CapacityFactorScaling() {
    }

    /**
     * Capacity factors (0..1) whose mean is {@code targetCapacityFactor}, proportional to
     * {@code shape} below the clip.
     *
     * @throws IllegalArgumentException when the target cannot be reached: even with every hour that
     *         has any output at 1, the mean stays below the target (e.g. solar above its daylight share)
     */
    static double[] scale(String what, double[] shape, double targetCapacityFactor) {
        int n = shape.length;
        int producing = 0;
        for (double v : shape) {
            if (v < 0 || !Double.isFinite(v)) {
                throw new IllegalArgumentException(what + ": shape values must be finite and not negative, was " + v);
            }
            if (v > 0) {
                producing++;
            }
        }
        double reachable = (double) producing / n;
        if (targetCapacityFactor > reachable + TOLERANCE) {
            throw new IllegalArgumentException(what + ": annual capacity factor " + targetCapacityFactor
                    + " cannot be reached; the shape produces in " + producing + " of " + n
                    + " hours, so at most " + reachable);
        }
        double target = targetCapacityFactor * n;
        double shapeSum = 0;
        for (double v : shape) {
            shapeSum += v;
        }
        double[] cf = new double[n];
        for (int i = 0; i < n; i++) {
            cf[i] = Math.min(1, shape[i] * target / shapeSum);
        }
        for (int round = 0; round < MAX_ROUNDS; round++) {
            double clippedSum = 0;
            double freeSum = 0;
            for (double v : cf) {
                if (v >= 1) {
                    clippedSum += 1;
                } else {
                    freeSum += v;
                }
            }
            if (Math.abs(clippedSum + freeSum - target) <= TOLERANCE * n || freeSum == 0) {
                break;
            }
            double factor = (target - clippedSum) / freeSum;
            for (int i = 0; i < n; i++) {
                if (cf[i] < 1) {
                    cf[i] = Math.min(1, cf[i] * factor);
                }
            }
        }
        return cf;
    }
}
