package dev.hallplan.engine.project;

import dev.hallplan.catalog.Precision;

/**
 * One replica of a plan: which workload, which model (the workload's own or a substitute), on
 * which server, at which operating point. Capacity, latency and power are not stored: they are
 * recomputed from the estimator so that every view shows the same number.
 *
 * @param serverId          id of the mounted server (see {@link MountedEquipment#id()})
 * @param acceleratorCount  accelerators of that server the replica uses (its tensor x pipeline group)
 * @param tensorParallel    tensor-parallel degree
 * @param batch             running batch (concurrent sequences) at the operating point
 * @param acceleratorPowerCapWatts power limit set on each of the replica's accelerators (above the
 *                          accelerator's idle, at most its TDP), or null to run at TDP; lets a plan trade
 *                          accelerator power for rack budget, the estimator lowering clocks to match
 */
public record ReplicaPlacement(
        String id,
        String workloadId,
        String modelId,
        String hallId,
        String serverId,
        int acceleratorCount,
        Precision precision,
        int tensorParallel,
        int batch,
        Double acceleratorPowerCapWatts) {

    public ReplicaPlacement {
        Checks.id("replica", id);
        Checks.id("replica " + id + " workload", workloadId);
        Checks.id("replica " + id + " model", modelId);
        Checks.id("replica " + id + " hall", hallId);
        Checks.id("replica " + id + " server", serverId);
        if (precision == null) {
            throw new IllegalArgumentException("replica " + id + ": precision is required");
        }
        if (acceleratorCount < 1 || tensorParallel < 1 || batch < 1) {
            throw new IllegalArgumentException("replica " + id + ": acceleratorCount, tensorParallel and batch must be 1 or more");
        }
        if (tensorParallel > acceleratorCount) {
            throw new IllegalArgumentException("replica " + id + ": tensorParallel " + tensorParallel
                    + " exceeds acceleratorCount " + acceleratorCount);
        }
        if (acceleratorPowerCapWatts != null && !(acceleratorPowerCapWatts > 0 && Double.isFinite(acceleratorPowerCapWatts))) {
            throw new IllegalArgumentException("replica " + id + ": acceleratorPowerCapWatts must be positive, was "
                    + acceleratorPowerCapWatts);
        }
    }

    /** A replica running its accelerators at TDP (no power cap). */
    public ReplicaPlacement(String id, String workloadId, String modelId, String hallId, String serverId,
                            int acceleratorCount, Precision precision, int tensorParallel, int batch) {
        this(id, workloadId, modelId, hallId, serverId, acceleratorCount, precision, tensorParallel, batch, null);
    }
}
