package dev.hallplan.engine.kpi;

import dev.hallplan.engine.plan.EvaluatedReplica;
import dev.hallplan.engine.plan.PlanEvaluation;
import dev.hallplan.engine.plan.PlanReplicaPerformance;
import java.util.List;

/** One {@link DeploymentReport} per evaluated replica. */
final class Deployments {
    private Deployments() {
    }

    static List<DeploymentReport> of(PlanEvaluation evaluation) {
        PlanReplicaPerformance perf = new PlanReplicaPerformance(evaluation);
        return evaluation.replicas().stream().map(r -> row(r, perf)).toList();
    }

    private static DeploymentReport row(EvaluatedReplica r, PlanReplicaPerformance perf) {
        var p = r.placement();
        return new DeploymentReport(p.id(), p.workloadId(), p.modelId(), p.hallId(), r.server().rack().id(), p.serverId(),
                r.server().model().id(), p.acceleratorCount(), p.precision().name(), p.tensorParallel(), p.batch(),
                r.capacityRequestsPerSecond(), r.outputTokensPerSecond(), r.estimate().ttftSeconds(),
                r.estimate().tpotSeconds(), r.estimate().conditions().latencyStatistic(), perf.activePowerWatts(p));
    }
}
