package dev.hallplan.engine.perf;

/**
 * How one replica splits a model over devices.
 *
 * @param tensor   tensor-parallel degree: each layer split over this many devices of one scale-up domain
 * @param pipeline pipeline stages, each holding layers / pipeline consecutive layers
 * @param expert   expert-parallel degree for MoE layers: routed experts spread over this many of the
 *                 tensor-parallel devices (token all-to-all instead of all-reduce); 1 means experts are
 *                 split by tensor parallelism like any FFN
 */
public record Parallelism(int tensor, int pipeline, int expert) {
    public static final Parallelism NONE = new Parallelism(1, 1, 1);

    public Parallelism {
        if (tensor < 1 || pipeline < 1 || expert < 1) {
            throw new IllegalArgumentException("parallel degrees must be at least 1, was tp=" + tensor
                    + " pp=" + pipeline + " ep=" + expert);
        }
        if (expert > 1 && tensor % expert != 0) {
            throw new IllegalArgumentException("expert-parallel degree " + expert
                    + " must divide the tensor-parallel degree " + tensor);
        }
    }

    /** Tensor parallelism only. */
    public static Parallelism tensor(int tp) {
        return new Parallelism(tp, 1, 1);
    }

    /** Devices in one replica: tensor x pipeline. */
    public int devices() {
        return tensor * pipeline;
    }
}
