package dev.hallplan.engine.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.engine.kpi.OneRackScenario;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.perf.Estimate;
import dev.hallplan.engine.project.LatencySlo;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.Workload;
import dev.hallplan.engine.solver.SolveOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A project workload's p99 SLO reaches the solver and the report: the same limits on the 99th
 * percentile under Poisson arrivals leave each accelerator less throughput than on the mean (a
 * replica runs below its full batch's capacity so queues stay short), and the report says the
 * latencies it prints are p99.
 */
class P99SloPlanningTest {
    private static final SolveOptions STEPS = SolveOptions.reproducibleSteps(50);

    private static PlanReport solve(String statistic) {
        Scenario base = OneRackScenario.scenario(0).withPlan(null);
        Workload chat = base.workloads().get(0);
        Workload w = new Workload(chat.id(), chat.name(), chat.modelId(), chat.engineId(), chat.substituteModelIds(),
                chat.demand(), chat.requestShape(), chat.slo().withStatistic(statistic), chat.allowedRegions(),
                chat.requiredCompliance(), chat.tenant(), chat.isolation(), chat.minPrecision(), chat.priority(),
                chat.deferrableShare(), chat.userRegion());
        Scenario s = base.withWorkloads(List.of(w));
        try (ScenarioPlanning planning = new ScenarioPlanning(OneRackScenario.SIZING)) {
            return planning.solve(new Project(1, "p", null, List.of(s)), s, STEPS).report();
        }
    }

    private static double tokensPerAccelerator(PlanReport r) {
        return r.deployments().stream().mapToDouble(d -> d.outputTokensPerSecond() / d.accelerators()).max().orElseThrow();
    }

    @Test
    void aP99SloGivesFewerTokensPerSecondPerAcceleratorThanTheMeanSlo() {
        PlanReport mean = solve(LatencySlo.MEAN);
        PlanReport p99 = solve(LatencySlo.P99);
        double meanTokens = tokensPerAccelerator(mean);
        double p99Tokens = tokensPerAccelerator(p99);
        // replicas may differ in size (the p99 search may pick another tensor degree), so per accelerator
        assertTrue(p99Tokens < 0.95 * meanTokens, "p99 " + p99.deployments() + " mean " + mean.deployments());
        // the solver's p99 option is the estimator's p99 search (hallplan estimate --slo-percentile p99)
        Workload p99Chat = OneRackScenario.scenario(0).workloads().get(0);
        p99Chat = new Workload(p99Chat.id(), p99Chat.name(), p99Chat.modelId(), p99Chat.engineId(), null, p99Chat.demand(),
                p99Chat.requestShape(), p99Chat.slo().withStatistic(LatencySlo.P99), null, null, null, null,
                p99Chat.minPrecision(), p99Chat.priority(), 0, null);
        Estimate best = OneRackScenario.SIZING.best(p99Chat, "llama-3.1-70b", OneRackScenario.H200).orElseThrow();
        assertEquals("p99", best.conditions().latencyStatistic());
        assertTrue(p99Tokens <= best.outputTokensPerSecondPerDevice() * (1 + 1e-9), "no replica beats the search's optimum");
        assertTrue(p99.deployments().stream().allMatch(d -> d.latencyStatistic().equals("p99")), "the report says p99");
        assertTrue(mean.deployments().stream().allMatch(d -> d.latencyStatistic().equals("mean")));
        // within its SLO: the report's p99 latencies meet the 2 s / 200 ms limits
        assertTrue(p99.deployments().stream().allMatch(d -> d.ttftSeconds() <= 2 && d.tpotSeconds() <= 0.2));
        assertEquals(p99.kpis().workloads().get(0).replicas(), p99.deployments().size());
    }
}
