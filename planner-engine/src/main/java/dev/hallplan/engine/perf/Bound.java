package dev.hallplan.engine.perf;

/** The resource that sets the time of a phase. */
public enum Bound {
    /** Reading weights, KV cache and activations from device memory. */
    MEMORY,
    /** Arithmetic on the tensor units. */
    COMPUTE,
    /** Collective communication over the scale-up link (tensor-parallel all-reduce, expert all-to-all). */
    NETWORK;

    /** Lower-case name used in JSON and the CLI ({@code memory|compute|network}). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
