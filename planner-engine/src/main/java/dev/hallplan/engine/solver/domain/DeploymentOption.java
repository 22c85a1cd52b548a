package dev.hallplan.engine.solver.domain;

import dev.hallplan.catalog.Precision;

/**
 * One way to run a replica of a workload on one server model: an operating point the estimator
 * found worth considering (typically the SLO-best point per precision and tensor-parallel degree).
 * The solver never computes capacity, latency or power itself; it takes them from here.
 *
 * @param workloadId                  the workload this option serves
 * @param modelId                     the model run: the workload's own or one of its substitutes
 * @param serverModelId               catalog server model the option is for
 * @param acceleratorsPerReplica      accelerators of one server the replica occupies
 * @param tensorParallel              tensor-parallel degree (at most {@code acceleratorsPerReplica})
 * @param batch                       running batch at the operating point
 * @param capacityRequestsPerSecond   requests per second one replica serves within the SLO
 * @param activePowerWatts            wall power the replica adds to its server's idle power when
 *                                    serving at capacity (the server's idle draw is counted once per
 *                                    used server, from the catalog)
 * @param latencySeconds              first-response latency at the operating point (time to first
 *                                    token for LLMs, query latency otherwise), before network RTT
 * @param meetsSlo                    false: the point misses the workload's SLO; such options are
 *                                    dropped when the problem is built
 * @param preferred                   true: the point is the workload's preferred operating option
 *                                    ({@code PreferredOption.matches}), set when the problem is built
 */
public record DeploymentOption(
        String workloadId,
        String modelId,
        String serverModelId,
        int acceleratorsPerReplica,
        Precision precision,
        int tensorParallel,
        int batch,
        double capacityRequestsPerSecond,
        double activePowerWatts,
        double latencySeconds,
        boolean meetsSlo,
        boolean preferred) {

    public DeploymentOption {
        if (workloadId == null || modelId == null || serverModelId == null || precision == null) {
            throw new IllegalArgumentException("deployment option needs workloadId, modelId, serverModelId and precision");
        }
        String where = "deployment option " + workloadId + "/" + modelId + " on " + serverModelId;
        if (acceleratorsPerReplica < 1 || tensorParallel < 1 || batch < 1) {
            throw new IllegalArgumentException(where + ": accelerators, tensorParallel and batch must be 1 or more");
        }
        if (tensorParallel > acceleratorsPerReplica) {
            throw new IllegalArgumentException(where + ": tensorParallel " + tensorParallel
                    + " exceeds acceleratorsPerReplica " + acceleratorsPerReplica);
        }
        if (!(capacityRequestsPerSecond > 0) || Double.isInfinite(capacityRequestsPerSecond)) {
            throw new IllegalArgumentException(where + ": capacityRequestsPerSecond must be positive, was "
                    + capacityRequestsPerSecond);
        }
        if (!(activePowerWatts >= 0) || Double.isInfinite(activePowerWatts)) {
            throw new IllegalArgumentException(where + ": activePowerWatts must not be negative, was " + activePowerWatts);
        }
        if (!(latencySeconds >= 0) || Double.isInfinite(latencySeconds)) {
            throw new IllegalArgumentException(where + ": latencySeconds must not be negative, was " + latencySeconds);
        }
    }

    /** An option not marked as the workload's preferred one. */
    public DeploymentOption(String workloadId, String modelId, String serverModelId, int acceleratorsPerReplica,
                            Precision precision, int tensorParallel, int batch, double capacityRequestsPerSecond,
                            double activePowerWatts, double latencySeconds, boolean meetsSlo) {
        this(workloadId, modelId, serverModelId, acceleratorsPerReplica, precision, tensorParallel, batch,
                capacityRequestsPerSecond, activePowerWatts, latencySeconds, meetsSlo, false);
    }

    /** This option marked as the workload's preferred one or not. */
    public DeploymentOption withPreferred(boolean isPreferred) {
        return isPreferred == preferred ? this : new DeploymentOption(workloadId, modelId, serverModelId, acceleratorsPerReplica,
                precision, tensorParallel, batch, capacityRequestsPerSecond, activePowerWatts, latencySeconds, meetsSlo, isPreferred);
    }

    /** A short label for messages, e.g. {@code "llama-70b FP8 TP4 x4"}. */
    public String label() {
        return modelId + " " + precision + " TP" + tensorParallel + " x" + acceleratorsPerReplica;
    }
}
