package dev.hallplan.engine.solver;

import dev.hallplan.catalog.ServerModel;
import dev.hallplan.engine.project.Workload;
import dev.hallplan.engine.solver.domain.DeploymentOption;
import java.util.List;

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
}
