package dev.hallplan.engine.solver.domain;

import java.util.List;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** The solver's view of one scenario: facts, replica slots and the score. */
@PlanningSolution
public class HallPlanSolution {

    @ProblemFactCollectionProperty
    private List<HallFact> halls;
    @ProblemFactCollectionProperty
    private List<RowFact> rows;
    @ProblemFactCollectionProperty
    private List<RackFact> racks;
    @ProblemFactCollectionProperty
    private List<ServerFact> servers;
    @ProblemFactCollectionProperty
    private List<WorkloadFact> workloads;
    @ProblemFactCollectionProperty
    private List<FixedOverload> fixedOverloads;
    @PlanningEntityCollectionProperty
    private List<ReplicaSlot> slots;
    @ConstraintConfigurationProvider
    private HallPlanConstraintConfiguration constraintConfiguration;
    @PlanningScore
    private HardMediumSoftLongScore score;

    /** For OptaPlanner's cloning. */
    public HallPlanSolution() {
    }

    /** A solution without fixed overloads (tests, hand-made problems). */
    public HallPlanSolution(List<HallFact> halls, List<RowFact> rows, List<RackFact> racks, List<ServerFact> servers,
            List<WorkloadFact> workloads, List<ReplicaSlot> slots, HallPlanConstraintConfiguration constraintConfiguration) {
        this(halls, rows, racks, servers, workloads, List.of(), slots, constraintConfiguration);
    }

    public HallPlanSolution(List<HallFact> halls, List<RowFact> rows, List<RackFact> racks, List<ServerFact> servers,
            List<WorkloadFact> workloads, List<FixedOverload> fixedOverloads, List<ReplicaSlot> slots,
            HallPlanConstraintConfiguration constraintConfiguration) {
        this.fixedOverloads = List.copyOf(fixedOverloads);
        this.halls = List.copyOf(halls);
        this.rows = List.copyOf(rows);
        this.racks = List.copyOf(racks);
        this.servers = List.copyOf(servers);
        this.workloads = List.copyOf(workloads);
        this.slots = new java.util.ArrayList<>(slots);
        this.constraintConfiguration = constraintConfiguration;
    }

    public List<HallFact> getHalls() {
        return halls;
    }

    public List<RowFact> getRows() {
        return rows;
    }

    public List<RackFact> getRacks() {
        return racks;
    }

    public List<ServerFact> getServers() {
        return servers;
    }

    public List<WorkloadFact> getWorkloads() {
        return workloads;
    }

    /** Racks, rows and halls over a limit with their fixed load alone (usually none). */
    public List<FixedOverload> getFixedOverloads() {
        return fixedOverloads;
    }

    public List<ReplicaSlot> getSlots() {
        return slots;
    }

    public HallPlanConstraintConfiguration getConstraintConfiguration() {
        return constraintConfiguration;
    }

    /** Nullable: not yet scored. */
    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
