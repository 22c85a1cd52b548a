package dev.hallplan.engine.plan;

import dev.hallplan.engine.solver.PlannerService;

/** Builds the solver service bound to the estimator and the facility and energy models. */
public final class Planning {
    private Planning() {
    }

    /** A {@link PlannerService} whose operating points come from the estimator and whose PUE and on-site supply from the facility and energy models. */
    public static PlannerService service(ReplicaSizing sizing) {
        return new PlannerService(sizing.catalog(), new EstimatorDeploymentOptions(sizing),
                new FacilitySupplyOutlook(sizing.catalog()));
    }
}
