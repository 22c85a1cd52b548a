package dev.hallplan.engine.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.hallplan.catalog.Precision;
import dev.hallplan.engine.kpi.DeploymentReport;
import dev.hallplan.engine.kpi.OneRackScenario;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.kpi.WorkloadKpi;
import dev.hallplan.engine.project.CatalogCount;
import dev.hallplan.engine.project.Demand;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.PowerFeeds;
import dev.hallplan.engine.project.PreferredOption;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Redundancy;
import dev.hallplan.engine.project.Row;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.Workload;
import dev.hallplan.engine.solver.SolveOptions;
import dev.hallplan.engine.supply.HourlyProfile;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A real solve of a rack holding two kinds of server, each able to serve the whole demand: without
 * a preference the solver picks one by cost; naming the other as the preferred option moves the
 * workload there (a soft constraint, so nothing hard is given up), and the report says so.
 */
class PreferredOptionPlanningTest {
    private static final String H200 = "nvidia-hgx-h200-8";
    private static final String MI300X = "amd-mi300x-8";
    private static final SolveOptions STEPS = SolveOptions.reproducibleSteps(200);
    private static double DEMAND = 3.5;

    /**
     * One rack with an HGX H200 and an MI300X-8; 3.5 req/s of Llama 3.1 70B at 2 s / 200 ms, which one
     * one-accelerator replica on either serves (4.0 req/s on an H200, 5.3 on an MI300X at FP8).
     */
    private static Scenario twoChoices(PreferredOption preferred) {
        Scenario base = OneRackScenario.scenario(0).withPlan(null);
        Hall hall = base.halls().get(0);
        Row row = hall.rows().get(0);
        PlacedRack rack = new PlacedRack("A-01", 0, "rack-rdhx-50kw", new PowerFeeds(Redundancy.TWO_N, 50_000, null),
                List.of(new MountedEquipment("A-01-h200", H200, 1), new MountedEquipment("A-01-mi300x", MI300X, 9)));
        Hall two = hall.withRows(List.of(new Row(row.id(), row.positions(), row.pitchMeters(),
                List.of(new CatalogCount("cdu-row-1200kw", 1)), List.of(rack))));
        Workload c = base.workloads().get(0);
        Workload w = new Workload(c.id(), c.name(), c.modelId(), c.engineId(), c.substituteModelIds(),
                new Demand(DEMAND, HourlyProfile.constant(1)), c.requestShape(), c.slo(), c.allowedRegions(), c.requiredCompliance(),
                c.tenant(), c.isolation(), c.minPrecision(), c.priority(), c.deferrableShare(), c.userRegion(), preferred);
        return base.withHalls(List.of(two)).withWorkloads(List.of(w));
    }

    private static PlanReport solve(PreferredOption preferred) {
        Scenario s = twoChoices(preferred);
        try (ScenarioPlanning planning = new ScenarioPlanning(OneRackScenario.SIZING)) {
            PlannedScenario planned = planning.solve(new Project(1, "p", null, List.of(s)), s, STEPS);
            assertEquals(1.0, planned.report().kpis().workloads().get(0).servedShareOfPeak(), 1e-9, "all demand served");
            return planned.report();
        }
    }

    private static Set<String> serverModels(PlanReport r) {
        return r.deployments().stream().map(DeploymentReport::serverModelId).collect(Collectors.toSet());
    }

    @Test
    void theSolverPutsTheWorkloadOnItsPreferredHardwareAndOtherwisePicksByCost() {
        PlanReport free = solve(null);
        Set<String> byCost = serverModels(free);
        assertEquals(1, byCost.size(), "one kind of server suffices: " + byCost);
        String other = byCost.contains(H200) ? MI300X : H200;
        String otherAccelerator = OneRackScenario.CATALOG.server(other).orElseThrow().acceleratorId();

        PlanReport preferring = solve(new PreferredOption(otherAccelerator, Precision.FP8, null));
        assertEquals(Set.of(other), serverModels(preferring), "the preferred accelerator's server hosts every replica");
        assertNotEquals(byCost, serverModels(preferring));
        WorkloadKpi kpi = preferring.kpis().workloads().get(0);
        assertEquals(otherAccelerator + " · FP8", kpi.preferredOption());
        assertEquals(kpi.replicas(), kpi.replicasOnPreferred());
        assertEquals(otherAccelerator + " · FP8: " + kpi.replicas() + " of " + kpi.replicas() + " replicas on it", kpi.preferenceText());
        assertFalse(preferring.deployments().isEmpty());
        assertEquals("", free.kpis().workloads().get(0).preferenceText(), "no preference, nothing said");
    }

    @Test
    void hardRulesStillWinOverThePreference() {
        // 5 req/s: one MI300X replica (5.3 req/s) or two H200 replicas (4.0 each); two replicas of a
        // workload must span two racks (hard), and there is one rack: so the MI300X, all demand served
        DEMAND = 5;
        try {
            PlanReport preferring = solve(new PreferredOption("nvidia-h200-sxm", Precision.FP8, null));
            assertEquals(Set.of(MI300X), serverModels(preferring));
            assertEquals(List.of(), preferring.kpis().violations());
            assertEquals("nvidia-h200-sxm · FP8: 0 of 1 replicas on it", preferring.kpis().workloads().get(0).preferenceText());
        } finally {
            DEMAND = 3.5;
        }
    }
}
