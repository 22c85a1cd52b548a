package dev.hallplan.engine.solver;

import dev.hallplan.engine.solver.domain.HallPlanSolution;
import dev.hallplan.engine.solver.domain.Placement;
import java.util.List;
import java.util.Map;

/**
 * A scenario turned into the solver's facts and slots, with what was found while building it.
 *
 * @param solution              the unsolved solution (all slots unassigned)
 * @param edgeCandidates        workloads that have eligible hardware but whose latency target no hall
 *                              meets once the network round trip is added: candidates for edge sites
 * @param withoutHardware       workloads for which no hall offers an allowed server with an operating
 *                              point that fits and meets the SLO
 * @param allowedPlacements     per workload id, the placements its slots may take (empty lists included)
 */
public record SolverProblem(HallPlanSolution solution, List<String> edgeCandidates, List<String> withoutHardware,
        Map<String, List<Placement>> allowedPlacements) {
    public SolverProblem {
        allowedPlacements = Map.copyOf(allowedPlacements);
        edgeCandidates = List.copyOf(edgeCandidates);
        withoutHardware = List.copyOf(withoutHardware);
    }
}
