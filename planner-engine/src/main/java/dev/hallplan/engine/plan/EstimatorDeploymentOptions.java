package dev.hallplan.engine.plan;

import dev.hallplan.catalog.ServerModel;
import dev.hallplan.engine.perf.Estimate;
import dev.hallplan.engine.project.ReplicaPlacement;
import dev.hallplan.engine.project.Workload;
import dev.hallplan.engine.solver.DeploymentOptionSource;
import dev.hallplan.engine.solver.domain.DeploymentOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The solver's operating points from the estimator: for the workload's model and each of its
 * substitutes, the SLO-best point on the server model ({@link ReplicaSizing#best}) with the whole
 * first-response budget, and with {@link #FIRST_RESPONSE_SHARES} of it, so that a hall farther
 * from the users can still meet the target with a smaller batch once its network round trip is
 * added, plus the SLO-best point of the workload's preferred option ({@link ReplicaSizing#bestPreferred})
 * when it is another. Power is the replica's increment over the server's idle share ({@link ReplicaPower}).
 */
public final class EstimatorDeploymentOptions implements DeploymentOptionSource {
    /** Shares of the TTFT / query-latency limit the hardware may use; the rest is left for network RTT. */
    static final double[] FIRST_RESPONSE_SHARES = {1.0, 0.6, 0.3};
    private final ReplicaSizing sizing;

    public EstimatorDeploymentOptions(ReplicaSizing sizing) {
        this.sizing = sizing;
    }

    @Override
    public List<DeploymentOption> optionsFor(Workload workload, ServerModel server) {
        List<String> models = new ArrayList<>();
        models.add(workload.modelId());
        models.addAll(workload.substituteModelIds());
        List<DeploymentOption> options = new ArrayList<>();
        for (String modelId : models) {
            Set<String> seen = new HashSet<>();
            for (double share : FIRST_RESPONSE_SHARES) {
                Optional<Estimate> best = sizing.best(workload, modelId, server, share);
                best.filter(e -> e.requestsPerSecond() > 0)
                        .filter(e -> seen.add(e.weightPrecision() + "/" + e.parallelism().tensor() + "/" + e.batch()))
                        .ifPresent(e -> options.add(new DeploymentOption(workload.id(), modelId, server.id(), e.devices(),
                                e.weightPrecision(), e.parallelism().tensor(), e.batch(), e.requestsPerSecond(),
                                ReplicaPower.incrementWatts(server, e), e.ttftSeconds(), true)));
            }
            // the workload's preferred option, when the SLO-best points above are not it
            sizing.bestPreferred(workload, modelId, server)
                    .filter(e -> e.requestsPerSecond() > 0)
                    .filter(e -> seen.add(e.weightPrecision() + "/" + e.parallelism().tensor() + "/" + e.batch()))
                    .ifPresent(e -> options.add(new DeploymentOption(workload.id(), modelId, server.id(), e.devices(),
                            e.weightPrecision(), e.parallelism().tensor(), e.batch(), e.requestsPerSecond(),
                            ReplicaPower.incrementWatts(server, e), e.ttftSeconds(), true)));
        }
        return options;
    }

    /** The estimate at the replica's own point ({@link ReplicaSizing#at}); empty when it does not fit or runs another model. */
    @Override
    public Optional<DeploymentOption> optionAt(Workload workload, ReplicaPlacement replica, ServerModel server) {
        if (!replica.modelId().equals(workload.modelId()) && !workload.substituteModelIds().contains(replica.modelId())) {
            return Optional.empty();
        }
        if (replica.acceleratorCount() > server.acceleratorCount() || replica.tensorParallel() > replica.acceleratorCount()) {
            return Optional.empty();
        }
        Estimate e = sizing.at(workload, replica, server);
        if (!e.fits() || !(e.requestsPerSecond() > 0)) {
            return Optional.empty();
        }
        return Optional.of(new DeploymentOption(workload.id(), replica.modelId(), server.id(), replica.acceleratorCount(),
                replica.precision(), replica.tensorParallel(), replica.batch(), e.requestsPerSecond(),
                ReplicaPower.incrementWatts(server, e), e.ttftSeconds(), ReplicaSizing.slo(workload.slo()).isMetBy(e)));
    }
}
