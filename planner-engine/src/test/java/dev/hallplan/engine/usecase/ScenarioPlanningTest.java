package dev.hallplan.engine.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hallplan.engine.kpi.OneRackScenario;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.solver.SolveOptions;
import dev.hallplan.engine.solver.SolveResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Solve, then report" is one path: the planned scenario, the project holding it and its report agree. */
class ScenarioPlanningTest {
    private static final SolveOptions STEPS = SolveOptions.reproducibleSteps(50);

    private static Scenario unplanned() {
        return OneRackScenario.scenario(0).withPlan(null);
    }

    @Test
    void solveReturnsTheProjectHoldingThePlanAndItsReport() {
        Scenario s = unplanned();
        Project project = new Project(1, "p", null, List.of(s));
        try (ScenarioPlanning planning = new ScenarioPlanning(OneRackScenario.SIZING)) {
            PlannedScenario planned = planning.solve(project, s, STEPS);
            assertNull(s.plan(), "the input scenario is not changed");
            assertEquals(planned.solve().plan(), planned.scenario().plan());
            assertEquals(planned.scenario(), planned.project().scenarioOrFirst("s"));
            assertFalse(planned.scenario().plan().replicas().isEmpty(), "100 req/s of Llama 70B needs replicas");
            // reporting on the planned project again gives the same figures: nothing depends on the solve's state
            assertEquals(planned.report(), planning.report(planned.project(), planned.scenario()));
        }
    }

    @Test
    void reportAllSolvesOnlyScenariosWithoutAPlan() {
        Scenario handMade = OneRackScenario.scenario(2);
        Scenario empty = unplanned();
        Project project = new Project(1, "p", null, List.of(handMade));
        try (ScenarioPlanning planning = new ScenarioPlanning(OneRackScenario.SIZING)) {
            List<PlanReport> reports = planning.reportAll(project, List.of(handMade, empty), STEPS);
            assertEquals(planning.report(project, handMade), reports.get(0), "a planned scenario keeps its own plan");
            assertEquals(List.of("r0", "r1"), reports.get(0).deployments().stream().map(d -> d.replicaId()).toList(),
                    "the two hand-placed replicas, not a solver's choice");
            assertFalse(reports.get(1).deployments().isEmpty(), "the scenario without a plan was solved");
        }
    }

    @Test
    void aHallWithoutRacksSolvesToUnmetDemandInsteadOfFailingOnItsPue() {
        // validates (a hall being designed), but used to fail with "PUE must be 1 or more, was NaN"
        Scenario s = unplanned();
        Scenario empty = s.withHalls(List.of(s.halls().get(0).withRows(List.of())));
        Project project = new Project(1, "p", null, List.of(empty));
        try (ScenarioPlanning planning = new ScenarioPlanning(OneRackScenario.SIZING)) {
            PlannedScenario planned = planning.solve(project, empty, STEPS);
            assertEquals(SolveResult.Status.FEASIBLE_DEMAND_UNMET, planned.solve().status());
            assertEquals(0, planned.report().kpis().power().itFullLoadWatts());
        }
    }

    @Test
    void anInvalidProjectIsRefusedBeforeSolvingWithEveryProblem() {
        // overlapping equipment: validate refused it, solve called it feasible
        Scenario s = unplanned();
        var hall = s.halls().get(0);
        var row = hall.rows().get(0);
        var rack = row.racks().get(0);
        var equipment = new java.util.ArrayList<>(rack.equipment());
        equipment.set(1, new MountedEquipment("A-01-s1", "nvidia-hgx-h200-8", 3));
        Scenario overlapping = s.withHalls(List.of(hall.withRows(List.of(row.withRacks(List.of(rack.withEquipment(equipment)))))));
        Project project = new Project(1, "p", null, List.of(overlapping));
        try (ScenarioPlanning planning = new ScenarioPlanning(OneRackScenario.SIZING)) {
            InvalidProjectException ex = assertThrows(InvalidProjectException.class, () -> planning.solve(project, overlapping, STEPS));
            assertEquals("$.scenarios[0].halls[0].rows[0].racks[0].equipment[1].uPosition: 'A-01-s1' overlaps 'A-01-s0' at U3",
                    ex.problems().get(0).toString());
        }
    }
}
