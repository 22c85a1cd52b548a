package dev.hallplan.engine.solver;

import dev.hallplan.engine.solver.domain.HallPlanSolution;
import java.util.List;

/**
 * A scenario turned into the solver's facts and slots, with what was found while building it.
 *
 * @param solution              the unsolved solution (all slots unassigned)
 * @param edgeCandidates        workloads that have eligible hardware but whose latency target no hall
 *                              meets once the network round trip is added: candidates for edge sites
 * @param withoutHardware       workloads for which no hall offers an allowed server with an operating
 *                              point that fits and meets the SLO
 */
public record SolverProblem(HallPlanSolution solution, List<String> edgeCandidates, List<String> withoutHardware) {
    public SolverProblem {
        edgeCandidates = List.copyOf(edgeCandidates);
        withoutHardware = List.copyOf(withoutHardware);
    }
}
