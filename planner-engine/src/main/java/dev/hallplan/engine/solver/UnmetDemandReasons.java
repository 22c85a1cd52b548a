package dev.hallplan.engine.solver;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.solver.domain.WorkloadFact;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why a workload's peak demand goes unmet, in the one wording the solver's violations and the
 * plan report's per-workload figures share: no allowed hardware fits and meets the SLO; no hall
 * meets the latency target once the network round trip is added; or no hall of its compliance or
 * regions (else none at all) has capacity left. The first two come from the problem the solver
 * builds ({@link SolverProblem#withoutHardware()}, {@link SolverProblem#edgeCandidates()}).
 */
public final class UnmetDemandReasons {
    private final SolverProblemBuilder builder;

    /**
     * Bound to the solver's catalog and deployment options; the reasons never read the halls' supply
     * limits (which placements exist depends on hardware, SLO and network latency only), so any
     * {@code supply} source gives the same reasons and a cheap one will do.
     */
    public UnmetDemandReasons(Catalog catalog, DeploymentOptionSource options, SupplyOutlookSource supply) {
        this.builder = new SolverProblemBuilder(catalog, options, supply);
    }

    /**
     * The reason for each workload of {@code scenario}, by id, as a solve would give it if the
     * workload's demand were unmet; empty when the problem is too large to build here. For a plan
     * the solver did not make (source other than "solver"), "no capacity left" is not known, so
     * that reason becomes {@link #TOO_FEW_REPLICAS}; the other two hold whoever made the plan.
     */
    public Map<String, String> of(Scenario scenario) {
        SolverProblem problem;
        try {
            problem = builder.build(scenario);
        } catch (ProblemTooLargeException tooLarge) {
            return Map.of();
        }
        boolean solved = scenario.plan() != null && "solver".equals(scenario.plan().source());
        Map<String, String> out = new LinkedHashMap<>();
        for (WorkloadFact w : problem.solution().getWorkloads()) {
            boolean capacity = !problem.withoutHardware().contains(w.id()) && !problem.edgeCandidates().contains(w.id());
            out.put(w.id(), capacity && !solved ? TOO_FEW_REPLICAS : reason(problem, w));
        }
        return out;
    }

    /** The reason for a plan not made by the solver whose replicas serve too little. */
    public static final String TOO_FEW_REPLICAS = "the plan (not made by the solver) places too few replicas; solve to fill what capacity is left";

    /** The reason {@code w}'s demand is unmet in {@code problem}. */
    static String reason(SolverProblem problem, WorkloadFact w) {
        if (problem.withoutHardware().contains(w.id())) {
            return "no allowed hall has a server where its model fits and meets the SLO";
        }
        if (problem.edgeCandidates().contains(w.id())) {
            return "no hall meets its latency target once the network round trip is added (edge candidate)";
        }
        if (!w.requiredCompliance().isEmpty()) {
            return "no " + String.join("+", w.requiredCompliance().stream().sorted().toList()) + " hall has capacity left";
        }
        if (!w.allowedRegions().isEmpty()) {
            return "no hall in " + String.join(", ", w.allowedRegions().stream().sorted().toList()) + " has capacity left";
        }
        return "no hall has capacity left within its power, cooling and supply limits";
    }
}
