package dev.hallplan.engine.solver;

import static dev.hallplan.engine.solver.score.ConstraintNames.ENERGY_COST;
import static dev.hallplan.engine.solver.score.ConstraintNames.GRID_CARBON;
import static dev.hallplan.engine.solver.score.ConstraintNames.HARDWARE_CAPEX;

import dev.hallplan.engine.solver.domain.HallPlanSolution;
import dev.hallplan.engine.solver.domain.Placement;
import dev.hallplan.engine.solver.domain.ServerFact;
import dev.hallplan.engine.solver.domain.WorkloadFact;
import dev.hallplan.engine.solver.score.HallPlanConstraintConfiguration;
import java.util.List;

/**
 * A lower bound on the soft penalty of any plan that serves every workload's peak demand: the
 * relaxation where each workload is served at the cheapest soft cost per request that any of its
 * allowed placements offers, on fractional servers (a replica on {@code a} of a server's {@code A}
 * accelerators carries {@code a/A} of the server's idle power and capex), with no
 * over-provisioning, no fragmentation and no power, cooling or rack-spread limit. The plan's gap
 * to it is {@code (bound - score) / bound} on the soft level. Formula in docs/solver.md.
 */
public final class SoftLowerBound {
    private SoftLowerBound() {
    }

    /**
     * The bound as a soft score (0 or negative, in the score's soft units) for {@code problem}'s
     * workloads and weights. Workloads without any allowed placement add nothing (their demand is
     * a medium penalty).
     */
    public static long softScore(SolverProblem problem) {
        HallPlanSolution solution = problem.solution();
        HallPlanConstraintConfiguration weights = solution.getConstraintConfiguration();
        double energyWeight = weights.weightOf(ENERGY_COST).softScore();
        double carbonWeight = weights.weightOf(GRID_CARBON).softScore();
        double capexWeight = weights.weightOf(HARDWARE_CAPEX).softScore();
        double total = 0;
        for (WorkloadFact w : solution.getWorkloads()) {
            List<Placement> allowed = problem.allowedPlacements().getOrDefault(w.id(), List.of());
            double best = Double.POSITIVE_INFINITY;
            for (Placement p : allowed) {
                best = Math.min(best, costPerMilliRequest(p, energyWeight, carbonWeight, capexWeight));
            }
            if (!allowed.isEmpty()) {
                total += best * w.peakMilliRequestsPerSecond();
            }
        }
        return -Math.round(Math.ceil(total));
    }

    /** Soft penalty a year of one replica at {@code p} per milli-request/s it serves. */
    static double costPerMilliRequest(Placement p, double energyWeight, double carbonWeight, double capexWeight) {
        ServerFact server = p.server();
        // soft units per watt-year: US cents of energy plus weighted kg of CO2e
        double perWatt = server.hall().energyUsdPerWattYear() * 100 * energyWeight
                + server.hall().carbonKgPerWattYear() * carbonWeight;
        double share = (double) p.option().acceleratorsPerReplica() / server.acceleratorCount();
        double replica = share * (server.idlePowerWatts() * perWatt + server.capexUsdPerYear() * 100 * capexWeight)
                + p.option().activePowerWatts() * perWatt;
        return replica / p.capacityMilliRequestsPerSecond();
    }
}
