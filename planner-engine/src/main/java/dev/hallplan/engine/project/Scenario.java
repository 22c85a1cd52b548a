package dev.hallplan.engine.project;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One alternative design for the project's demand: halls, workloads and (once planned or made by
 * hand) the plan.
 *
 * @param plan               nullable: not yet planned
 * @param constraintWeights  solver constraint name to weight multiplier (absent: the default weight)
 */
public record Scenario(
        String name,
        String description,
        List<Hall> halls,
        List<Workload> workloads,
        Plan plan,
        SimulationSettings simulation,
        FinancialAssumptions financials,
        Map<String, Double> constraintWeights) {

    public Scenario {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("scenario name must not be blank");
        }
        Checks.singleLine("scenario name", name);
        description = description == null ? "" : description;
        halls = Checks.list(halls);
        workloads = Checks.list(workloads);
        simulation = simulation == null ? SimulationSettings.DEFAULTS : simulation;
        financials = financials == null ? FinancialAssumptions.DEFAULTS : financials;
        constraintWeights = constraintWeights == null ? Map.of() : Map.copyOf(constraintWeights);
    }

    public Optional<Hall> hall(String hallId) {
        return halls.stream().filter(h -> h.id().equals(hallId)).findFirst();
    }

    public Optional<Workload> workload(String workloadId) {
        return workloads.stream().filter(w -> w.id().equals(workloadId)).findFirst();
    }

    public Optional<Plan> planned() {
        return Optional.ofNullable(plan);
    }

    public Scenario withPlan(Plan newPlan) {
        return new Scenario(name, description, halls, workloads, newPlan, simulation, financials, constraintWeights);
    }

    public Scenario withHalls(List<Hall> newHalls) {
        return new Scenario(name, description, newHalls, workloads, plan, simulation, financials, constraintWeights);
    }

    public Scenario withWorkloads(List<Workload> newWorkloads) {
        return new Scenario(name, description, halls, newWorkloads, plan, simulation, financials, constraintWeights);
    }
}
