package dev.hallplan.engine.solver;

import dev.hallplan.catalog.ServerModel;
import dev.hallplan.engine.project.Workload;
import dev.hallplan.engine.solver.domain.DeploymentOption;
import dev.hallplan.engine.project.ReplicaPlacement;
import java.util.List;
import java.util.Optional;

/**
 * Where the solver gets its operating points: the caller binds this to the estimator (engine.perf)
 * so that capacity, latency and power have exactly one formula. Answers should be cached by the
 * implementation when they are expensive; the solver asks once per (workload, server model).
 */
@FunctionalInterface
public interface DeploymentOptionSource {

    /**
     * The options worth considering for {@code workload} (its model and its substitutes) on
     * {@code server}; empty when the model does not fit or cannot meet the SLO on it. Never null.
     */
    List<DeploymentOption> optionsFor(Workload workload, ServerModel server);

    /**
     * The option at a plan replica's own operating point (model, precision, tensor degree,
     * accelerators, batch) on {@code server}, for checking a plan made or edited by hand; empty when
     * this source cannot tell (the default) or the point does not fit. A returned option may miss
     * the SLO ({@link DeploymentOption#meetsSlo()} false).
     */
    default Optional<DeploymentOption> optionAt(Workload workload, ReplicaPlacement replica, ServerModel server) {
        return Optional.empty();
    }
}
