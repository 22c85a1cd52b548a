package dev.hallplan.engine.solver;

import dev.hallplan.engine.project.Plan;
import java.util.List;
import java.util.Map;

/**
 * What a solve produced.
 *
 * @param plan                the best plan found (decisions only)
 * @param status              feasible, feasible with demand unmet, or infeasible
 * @param violations          broken hard rules first, then unmet demand, largest first
 * @param servedShare         per workload id, the share of its peak demand the plan serves (0..1)
 * @param edgeCandidates      workloads whose latency target no hall meets with its network RTT
 * @param withoutHardware     workloads no allowed hall has fitting hardware for
 */
public record SolveResult(Plan plan, Status status, List<Violation> violations, Map<String, Double> servedShare,
        List<String> edgeCandidates, List<String> withoutHardware) {

    public enum Status {
        FEASIBLE, FEASIBLE_DEMAND_UNMET, INFEASIBLE
    }

    public SolveResult {
        violations = List.copyOf(violations);
        servedShare = Map.copyOf(servedShare);
        edgeCandidates = List.copyOf(edgeCandidates);
        withoutHardware = List.copyOf(withoutHardware);
    }
}
