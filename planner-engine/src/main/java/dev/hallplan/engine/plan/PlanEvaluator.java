package dev.hallplan.engine.plan;

import dev.hallplan.engine.perf.Estimate;
import dev.hallplan.engine.project.ReplicaPlacement;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Evaluates a scenario's plan through {@link ReplicaSizing}: the one path from decisions to numbers. */
public final class PlanEvaluator {
    private final ReplicaSizing sizing;

    public PlanEvaluator(ReplicaSizing sizing) {
        this.sizing = sizing;
    }

    public ReplicaSizing sizing() {
        return sizing;
    }

    /** The scenario's plan evaluated; a scenario without a plan evaluates to no replicas. */
    public PlanEvaluation evaluate(Scenario scenario) {
        ServerIndex servers = new ServerIndex(scenario, sizing.catalog());
        List<EvaluatedReplica> replicas = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (scenario.plan() != null) {
            for (ReplicaPlacement p : scenario.plan().replicas()) {
                Optional<Workload> workload = scenario.workload(p.workloadId());
                Optional<ServerIndex.Located> server = servers.find(p.hallId(), p.serverId());
                if (workload.isEmpty() || server.isEmpty()) {
                    problems.add("Replica " + p.id() + ": " + (workload.isEmpty()
                            ? "unknown workload " + p.workloadId()
                            : "no accelerator server " + p.serverId() + " in hall " + p.hallId()));
                    continue;
                }
                Estimate e = sizing.at(workload.get(), p, server.get().model());
                boolean meets = ReplicaSizing.slo(workload.get().slo()).isMetBy(e);
                if (!meets) {
                    problems.add("Replica " + p.id() + " (" + p.workloadId() + " on " + p.serverId() + "): "
                            + (e.fits() ? "misses the latency target at batch " + p.batch() : e.reason()));
                }
                replicas.add(new EvaluatedReplica(p, workload.get(), server.get(), e, meets));
            }
        }
        return new PlanEvaluation(scenario, servers, replicas, problems);
    }
}
