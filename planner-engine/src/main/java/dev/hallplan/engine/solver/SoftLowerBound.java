package dev.hallplan.engine.solver;

import static dev.hallplan.engine.solver.domain.ConstraintNames.ENERGY_COST;
import static dev.hallplan.engine.solver.domain.ConstraintNames.GRID_CARBON;
import static dev.hallplan.engine.solver.domain.ConstraintNames.HARDWARE_CAPEX;

import dev.hallplan.engine.solver.domain.HallPlanConstraintConfiguration;
import dev.hallplan.engine.solver.domain.HallPlanSolution;
import dev.hallplan.engine.solver.domain.Placement;
import dev.hallplan.engine.solver.domain.ServerFact;
import dev.hallplan.engine.solver.domain.WorkloadFact;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lower bound on the soft penalty of any plan that serves every workload's peak demand, from a
 * relaxation: demand may be split fractionally over the workload's allowed operating points; a
 * replica on {@code a} of a server's {@code A} accelerators carries {@code a/A} of the server's idle
 * power and capex; no over-provisioning, fragmentation, power, cooling or rack-spread cost; the
 * only limit kept is the number of accelerators of each server model in each hall. That linear
 * program is bounded from below by its Lagrangian dual (accelerator limits priced at
 * {@code lambda >= 0} per accelerator), maximised by projected subgradient steps: every iterate is
 * a valid bound, the best one is returned. With all prices 0 it is the plain "cheapest cost per
 * request" bound. The plan's gap is {@code (bound - score) / |bound|} on the soft level.
 * Formula in docs/solver.md.
 */
public final class SoftLowerBound {
    private static final int ITERATIONS = 20_000;

    private final Map<String, Integer> resources = new LinkedHashMap<>(); // "hall/server model" -> index
    private final Map<ServerFact, Integer> resourceOf = new HashMap<>();
    private final double energyWeight;
    private final double carbonWeight;
    private final double capexWeight;
    private final Dual dual;

    private SoftLowerBound(HallPlanSolution solution) {
        HallPlanConstraintConfiguration weights = solution.getConstraintConfiguration();
        energyWeight = weights.weightOf(ENERGY_COST).softScore();
        carbonWeight = weights.weightOf(GRID_CARBON).softScore();
        capexWeight = weights.weightOf(HARDWARE_CAPEX).softScore();
        Map<Integer, Double> accelerators = new HashMap<>();
        for (ServerFact s : solution.getServers()) {
            int r = resources.computeIfAbsent(resourceKey(s), k -> resources.size());
            resourceOf.put(s, r);
            accelerators.merge(r, (double) s.acceleratorCount(), Double::sum);
        }
        Map<WorkloadFact, List<Placement>> allowed = new LinkedHashMap<>(); // a workload's slots share one list
        solution.getSlots().forEach(slot -> allowed.putIfAbsent(slot.getWorkload(), slot.getAllowedPlacements()));
        List<Double> demand = new ArrayList<>();
        List<List<Choice>> choices = new ArrayList<>();
        allowed.forEach((w, placements) -> {
            Map<List<Object>, Choice> distinct = new LinkedHashMap<>(); // servers of one model in one hall offer the same choices
            for (Placement p : placements) {
                int r = resourceOf.get(p.server());
                distinct.computeIfAbsent(List.of(r, p.option()), k -> new Choice(r, costPerMilliRequest(p),
                        (double) p.option().acceleratorsPerReplica() / p.capacityMilliRequestsPerSecond()));
            }
            if (!distinct.isEmpty()) {
                demand.add((double) w.peakMilliRequestsPerSecond());
                choices.add(List.copyOf(distinct.values()));
            }
        });
        double[] capacity = new double[resources.size()];
        accelerators.forEach((r, n) -> capacity[r] = n);
        dual = lagrangian(demand.stream().mapToDouble(Double::doubleValue).toArray(), choices, capacity, ITERATIONS);
    }

    /**
     * The bound as a soft score (0 or negative, in the score's soft units) for {@code problem}'s
     * workloads and weights. Workloads without any allowed placement add nothing (their demand is
     * a medium penalty).
     */
    public static long softScore(SolverProblem problem) {
        return of(problem.solution()).softScore();
    }

    /** The relaxation of {@code solution}'s workloads, hardware and weights, solved. */
    static SoftLowerBound of(HallPlanSolution solution) {
        return new SoftLowerBound(solution);
    }

    long softScore() {
        return -Math.round(Math.ceil(dual.bound()));
    }

    /**
     * Soft penalty a year per milli-request/s at {@code p} plus the accelerators it takes priced at
     * the relaxation's accelerator prices: the cheapest placements by this measure are the ones the
     * relaxation's optimum uses, so a first-fit start in this order follows it.
     */
    double pricedCostPerMilliRequest(Placement p) {
        Integer r = resourceOf.get(p.server());
        double price = r == null ? 0 : dual.prices()[r];
        return costPerMilliRequest(p) + price * p.option().acceleratorsPerReplica() / p.capacityMilliRequestsPerSecond();
    }

    /**
     * The best Lagrangian bound found and the accelerator prices (per resource) that gave it.
     */
    record Dual(double bound, double[] prices) {
    }

    /**
     * One way to serve a unit (milli-request/s) of a workload's demand.
     *
     * @param resource             index of the (hall, server model) whose accelerators it uses
     * @param costPerUnit          soft penalty a year per unit served
     * @param acceleratorsPerUnit  accelerators per unit served
     */
    record Choice(int resource, double costPerUnit, double acceleratorsPerUnit) {
    }

    /**
     * The best Lagrangian lower bound found on {@code min sum c x} subject to each workload's
     * demand served, {@code sum a x <= capacity} per resource, {@code x >= 0}:
     * {@code L(lambda) = sum_w demand_w min_choice (c + lambda_r a) - sum_r lambda_r capacity_r}.
     */
    static Dual lagrangian(double[] demand, List<List<Choice>> choices, double[] capacity, int iterations) {
        double[] lambda = new double[capacity.length];
        double maxPricePerAccelerator = 0;
        for (List<Choice> cs : choices) {
            for (Choice c : cs) {
                maxPricePerAccelerator = Math.max(maxPricePerAccelerator, c.costPerUnit() / c.acceleratorsPerUnit());
            }
        }
        double best = Double.NEGATIVE_INFINITY;
        double[] bestPrices = lambda.clone();
        double[] used = new double[capacity.length];
        for (int k = 0; k < iterations; k++) {
            Arrays.fill(used, 0);
            double value = 0;
            for (int w = 0; w < demand.length; w++) {
                // the first choice unless a later one is cheaper: every workload has one, even when no cost is finite
                Choice cheapest = null;
                double cheapestCost = Double.NaN;
                for (Choice c : choices.get(w)) {
                    double priced = c.costPerUnit() + lambda[c.resource()] * c.acceleratorsPerUnit();
                    if (cheapest == null || priced < cheapestCost || Double.isNaN(cheapestCost)) {
                        cheapestCost = Double.isNaN(priced) ? Double.POSITIVE_INFINITY : priced;
                        cheapest = c;
                    }
                }
                value += demand[w] * cheapestCost;
                used[cheapest.resource()] += demand[w] * cheapest.acceleratorsPerUnit();
            }
            double norm = 0;
            for (int r = 0; r < capacity.length; r++) {
                value -= lambda[r] * capacity[r];
                double g = lambda[r] == 0 && used[r] < capacity[r] ? 0 : used[r] - capacity[r]; // projected subgradient
                used[r] = g;
                norm += g * g;
            }
            if (value > best) {
                best = value;
                bestPrices = lambda.clone();
            }
            if (norm == 0) {
                break; // no limit binds or prices are where the limits are exactly met: optimal
            }
            double step = maxPricePerAccelerator / Math.sqrt(k + 1) / Math.sqrt(norm);
            for (int r = 0; r < capacity.length; r++) {
                lambda[r] = Math.max(0, lambda[r] + step * used[r]);
            }
        }
        return new Dual(best, bestPrices);
    }

    /** Soft penalty a year of one replica at {@code p} per milli-request/s it serves. */
    private double costPerMilliRequest(Placement p) {
        ServerFact server = p.server();
        // soft units per watt-year: US cents of energy plus weighted kg of CO2e
        double perWatt = server.hall().energyUsdPerWattYear() * 100 * energyWeight
                + server.hall().carbonKgPerWattYear() * carbonWeight;
        double share = (double) p.option().acceleratorsPerReplica() / server.acceleratorCount();
        double replica = share * (server.idleWattsWhenUsed() * perWatt + server.capexUsdPerYear() * 100 * capexWeight)
                + p.option().activePowerWatts() * perWatt;
        return replica / p.capacityMilliRequestsPerSecond();
    }

    private static String resourceKey(ServerFact s) {
        return s.hall().id() + "/" + s.modelId();
    }
}
