package dev.hallplan.engine.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.engine.kpi.OneRackScenario;
import dev.hallplan.engine.kpi.WorkloadKpi;
import dev.hallplan.engine.project.Demand;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.Workload;
import dev.hallplan.engine.solver.SolveOptions;
import dev.hallplan.engine.solver.Violation;
import dev.hallplan.engine.supply.HourlyProfile;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The report's per-workload reason for unmet demand is the solver's, word for word, also when reported again later. */
class UnmetDemandReasonTest {
    private static final SolveOptions STEPS = SolveOptions.reproducibleSteps(50);

    /** The one-rack scenario (a US hall) with far more demand than four HGX H200 serve, optionally limited to regions. */
    private static Scenario tooMuchDemand(Set<String> regions) {
        Scenario s = OneRackScenario.scenario(0).withPlan(null);
        Workload c = s.workloads().get(0);
        Workload big = new Workload(c.id(), c.name(), c.modelId(), c.engineId(), c.substituteModelIds(),
                new Demand(5_000, HourlyProfile.constant(1)), c.requestShape(), c.slo(), regions, c.requiredCompliance(),
                c.tenant(), c.isolation(), c.minPrecision(), c.priority(), c.deferrableShare(), c.userRegion());
        return s.withWorkloads(List.of(big));
    }

    private static String solverReason(PlannedScenario planned) {
        String message = planned.solve().violations().stream().filter(v -> v.level() == Violation.Level.MEDIUM)
                .map(Violation::message).findFirst().orElseThrow();
        return message.substring(message.indexOf("unmet: ") + "unmet: ".length());
    }

    @Test
    void theReportCarriesTheSolversReasonForUnmetDemand() {
        Scenario s = tooMuchDemand(Set.of());
        Project project = new Project(1, "p", null, List.of(s));
        try (ScenarioPlanning planning = new ScenarioPlanning(OneRackScenario.SIZING)) {
            PlannedScenario planned = planning.solve(project, s, STEPS);
            WorkloadKpi kpi = planned.report().kpis().workloads().get(0);
            assertTrue(kpi.demandUnmet(), kpi.toString());
            assertEquals("no hall has capacity left within its power, cooling and supply limits", solverReason(planned));
            assertEquals(solverReason(planned), kpi.unmetDemandReason());
            // the report's violation line names the same reason (one wording, one computation)
            assertTrue(planned.report().kpis().violations().contains("chat: " + dev.hallplan.catalog.units.UnitFormat.percent(
                    kpi.unmetShareOfPeak()) + " of peak demand unmet: " + kpi.unmetDemandReason()), planned.report().kpis().violations().toString());
            // reporting the planned project again, without the solve at hand, gives the same reason
            assertEquals(kpi, planning.report(planned.project(), planned.scenario()).kpis().workloads().get(0));
        }
    }

    @Test
    void aWorkloadLimitedToRegionsGetsTheSolversFinerReason() {
        Scenario s = tooMuchDemand(Set.of("US"));
        Project project = new Project(1, "p", null, List.of(s));
        try (ScenarioPlanning planning = new ScenarioPlanning(OneRackScenario.SIZING)) {
            PlannedScenario planned = planning.solve(project, s, STEPS);
            WorkloadKpi kpi = planned.report().kpis().workloads().get(0);
            assertEquals("no hall in US has capacity left", kpi.unmetDemandReason());
            assertEquals(solverReason(planned), kpi.unmetDemandReason());
        }
    }

    @Test
    void aScenarioWithoutAPlanSaysSo() {
        Scenario s = tooMuchDemand(Set.of());
        try (ScenarioPlanning planning = new ScenarioPlanning(OneRackScenario.SIZING)) {
            WorkloadKpi kpi = planning.report(new Project(1, "p", null, List.of(s)), s).kpis().workloads().get(0);
            assertEquals("the scenario has no plan yet", kpi.unmetDemandReason());
        }
    }

    @Test
    void aServedWorkloadHasNoReason() {
        Scenario s = OneRackScenario.scenario(0).withPlan(null);
        try (ScenarioPlanning planning = new ScenarioPlanning(OneRackScenario.SIZING)) {
            WorkloadKpi kpi = planning.solve(new Project(1, "p", null, List.of(s)), s, SolveOptions.reproducibleSteps(200))
                    .report().kpis().workloads().get(0);
            assertEquals(kpi.demandUnmet() ? kpi.unmetDemandReason() : "", kpi.unmetDemandReason());
            assertTrue(kpi.demandUnmet() || kpi.unmetDemandReason().isEmpty());
        }
    }
}
