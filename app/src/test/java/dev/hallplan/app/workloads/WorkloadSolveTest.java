package dev.hallplan.app.workloads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.app.plan.EnginePlanning;
import dev.hallplan.app.plan.PlanViewModel;
import dev.hallplan.app.testutil.TestEngine;
import dev.hallplan.app.workspace.BackgroundTasks;
import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.app.workspace.ScenarioReports;
import dev.hallplan.engine.kpi.DeploymentReport;
import dev.hallplan.engine.kpi.PlanReport;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The acceptance path on the real engine: add a workload with the chat SLO, solve (short,
 * one rack of four HGX H200), read its served share and operating point; switch it to the
 * interactive SLO, solve again, and the operating point changes.
 */
class WorkloadSolveTest {
    private final ProjectViewModel document = new ProjectViewModel();
    private final BackgroundTasks tasks = new BackgroundTasks(Runnable::run, Runnable::run);
    private final EnginePlanning planning = new EnginePlanning(TestEngine::sizing);
    private final ScenarioReports reports = new ScenarioReports(document, tasks, planning::report);
    private final PlanViewModel plan = new PlanViewModel(document, reports, planning, tasks);
    private final WorkloadsViewModel vm = new WorkloadsViewModel(document, reports,
            CompletableFuture.completedFuture(TestEngine.sizing()), tasks);

    @AfterEach
    void close() {
        planning.close();
    }

    private WorkloadRow solved() throws Exception {
        plan.timeLimitSecondsProperty().set(3);
        assertTrue(plan.solve().get(120, TimeUnit.SECONDS), "the plan is kept");
        WorkloadRow row = vm.rows().get(0);
        assertNotNull(row.result(), "the plan columns are filled after the solve");
        return row;
    }

    @Test
    void chatThenInteractiveSloChangesTheOperatingPointTheTableShows() throws Exception {
        document.open(OneRackHall.project(), null, true);
        vm.add();
        assertTrue(vm.edit("workload-1", WorkloadField.PEAK_DEMAND, "20"));
        assertEquals(SloPreset.CHAT, SloPreset.of(vm.rows().get(0).workload().slo()));

        WorkloadRow chat = solved();
        PlanReport report = reports.reportProperty().get();
        // the row shows the engine's figures, not figures of its own
        var kpi = report.kpis().workloads().get(0);
        assertEquals(kpi.servedShareOfPeak(), chat.result().servedShareOfPeak());
        assertEquals(1.0, chat.result().servedShareOfPeak(), 1e-9, "20 req/s of Llama 3.1 8B fit on one H200");
        assertEquals(kpi.replicas(), chat.result().replicas());
        DeploymentReport d = report.deployments().get(0);
        assertTrue(chat.result().operatingPoints().contains(WorkloadResult.point(d)), chat.result().operatingPoints());
        assertEquals("nvidia-hgx-h200-8", chat.result().hardware());
        assertTrue(chat.result().meets(chat.workload().slo()));

        assertTrue(vm.edit("workload-1", WorkloadField.SLO, SloPreset.INTERACTIVE.label()));
        WorkloadRow interactive = solved();
        assertEquals(SloPreset.INTERACTIVE, SloPreset.of(interactive.workload().slo()));
        // 40 ms per token allows a smaller batch than 200 ms
        assertNotEquals(chat.result().operatingPoints(), interactive.result().operatingPoints());
        assertTrue(interactive.result().worstTpotSeconds() <= 0.040, interactive.result().latencyAgainst(interactive.workload().slo()));
    }

    @Test
    void unmetDemandShowsTheReportsReasonAndP99LatenciesAreLabelled() throws Exception {
        document.open(OneRackHall.project(), null, true);
        vm.add();
        assertTrue(vm.edit("workload-1", WorkloadField.PEAK_DEMAND, "100000"));
        assertTrue(vm.edit("workload-1", WorkloadField.SLO_STATISTIC, "p99"));
        WorkloadRow row = solved();
        var kpi = reports.reportProperty().get().kpis().workloads().get(0);
        assertTrue(kpi.demandUnmet(), kpi.toString());
        assertEquals("no hall has capacity left within its power, cooling and supply limits", kpi.unmetDemandReason());
        assertEquals(kpi.unmetDemandReason(), row.result().unmetDemandReason(), "the view shows the report's reason");
        assertTrue(row.result().unmetText().startsWith(kpi.unmetDemandReason()), row.result().unmetText());
        assertEquals("p99", row.result().latencyStatistic());
        assertTrue(row.result().latencyAgainst(row.workload().slo()).contains("p99 TTFT"), row.result().latencyAgainst(row.workload().slo()));
    }
}
