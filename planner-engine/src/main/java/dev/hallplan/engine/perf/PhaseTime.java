package dev.hallplan.engine.perf;

/**
 * Time and energy of one phase (a prefill, a decode step, a query batch) after the power limit.
 * The phase runs two kernel groups one after the other, the linear layers (weights against matrix
 * FLOPs) and attention (KV cache against attention FLOPs); inside a group memory traffic and
 * arithmetic overlap, so each group takes the longer of the two at the clock its power allows
 * ({@link PowerLimiter}). Collectives and the fixed overhead add on top.
 *
 * @param memorySeconds          time all memory traffic takes at full bandwidth
 * @param computeSeconds         time all arithmetic takes at the clock the power limit allows
 * @param peakClockComputeSeconds time all arithmetic would take at the datasheet peak clock
 * @param kernelSeconds          time of the two kernel groups (between max and sum of the two above)
 * @param networkSeconds         collectives and pipeline hand-offs
 * @param overheadSeconds        fixed engine cost (scheduling, launches), the device idle
 * @param dynamicJoules          energy above idle over the whole phase
 */
record PhaseTime(double memorySeconds, double computeSeconds, double peakClockComputeSeconds, double kernelSeconds,
                 double networkSeconds, double overheadSeconds, double dynamicJoules) {

    double totalSeconds() {
        return kernelSeconds + networkSeconds + overheadSeconds;
    }

    /** The resource with the largest share of the phase. */
    Bound bound() {
        if (networkSeconds > memorySeconds && networkSeconds > computeSeconds) {
            return Bound.NETWORK;
        }
        return computeSeconds > memorySeconds ? Bound.COMPUTE : Bound.MEMORY;
    }

    /** Clock the arithmetic ran at, as a fraction of the peak clock (1 without arithmetic). */
    double clockFraction() {
        return computeSeconds > 0 ? peakClockComputeSeconds / computeSeconds : 1.0;
    }

    /** Average power of one accelerator over the phase, busy {@code busyFraction} (0..1) of it. */
    double watts(double idleWatts, double busyFraction) {
        double t = totalSeconds();
        return t > 0 ? idleWatts + busyFraction * dynamicJoules / t : idleWatts;
    }

    /** This phase repeated {@code n} times in sequence (pipeline stages). */
    PhaseTime times(double n) {
        if (n == 1) {
            return this;
        }
        return new PhaseTime(memorySeconds * n, computeSeconds * n, peakClockComputeSeconds * n, kernelSeconds * n,
                networkSeconds * n, overheadSeconds * n, dynamicJoules * n);
    }

    /** This phase followed by {@code next} (the chunks of one prefill). */
    PhaseTime plus(PhaseTime next) {
        return new PhaseTime(memorySeconds + next.memorySeconds, computeSeconds + next.computeSeconds,
                peakClockComputeSeconds + next.peakClockComputeSeconds, kernelSeconds + next.kernelSeconds,
                networkSeconds + next.networkSeconds, overheadSeconds + next.overheadSeconds,
                dynamicJoules + next.dynamicJoules);
    }

    /** This phase with {@code seconds} more of network time drawing {@code joules} above idle. */
    PhaseTime plusNetwork(double seconds, double joules) {
        if (seconds == 0 && joules == 0) {
            return this;
        }
        return new PhaseTime(memorySeconds, computeSeconds, peakClockComputeSeconds, kernelSeconds,
                networkSeconds + seconds, overheadSeconds, dynamicJoules + joules);
    }
}
