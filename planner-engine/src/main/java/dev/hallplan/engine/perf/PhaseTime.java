package dev.hallplan.engine.perf;

/**
 * Time of one phase (a prefill, a decode step, a query batch). The phase runs two kernel groups
 * one after the other, the linear layers (weights against matrix FLOPs) and attention (KV cache
 * against attention FLOPs); inside a group memory traffic and arithmetic overlap, so each group
 * takes the longer of the two. Collectives and the fixed overhead add on top:
 * {@code total = max(wBytes/bw, linFlops/peak) + max(kvBytes/bw, attnFlops/peak) + network + overhead}.
 *
 * @param memorySeconds  time all memory traffic would take alone
 * @param computeSeconds time all arithmetic would take alone
 * @param kernelSeconds  time of the two kernel groups (between max and sum of the two above)
 */
record PhaseTime(double memorySeconds, double computeSeconds, double kernelSeconds, double networkSeconds,
                 double overheadSeconds) {

    /** A phase of a linear group and an attention group, each given as (memory, compute) seconds. */
    static PhaseTime of(double linearMemory, double linearCompute, double attentionMemory, double attentionCompute,
                        double network, double overhead) {
        return new PhaseTime(linearMemory + attentionMemory, linearCompute + attentionCompute,
                Math.max(linearMemory, linearCompute) + Math.max(attentionMemory, attentionCompute), network, overhead);
    }

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

    /** This phase repeated {@code n} times in sequence (pipeline stages). */
    PhaseTime times(double n) {
        return new PhaseTime(memorySeconds * n, computeSeconds * n, kernelSeconds * n, networkSeconds * n,
                overheadSeconds * n);
    }

    /** This phase with {@code seconds} more of network time. */
    PhaseTime plusNetwork(double seconds) {
        return new PhaseTime(memorySeconds, computeSeconds, kernelSeconds, networkSeconds + seconds, overheadSeconds);
    }
}
