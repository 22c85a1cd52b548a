package dev.hallplan.engine.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CoolingType;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.engine.perf.Estimate;
import dev.hallplan.engine.plan.ReplicaPower;
import dev.hallplan.engine.plan.ReplicaSizing;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report of a small hand-made plan: numbers trace back to the estimator, the facility model and the year simulation. */
class PlanReportBuilderTest {
    private static final Catalog CATALOG = OneRackScenario.CATALOG;
    private static final ReplicaSizing SIZING = OneRackScenario.SIZING;
    private static final ServerModel H200 = OneRackScenario.H200;

    @Test
    void capacityAndServedShareComeFromTheEstimator() {
        Scenario s = OneRackScenario.scenario(4);
        Estimate best = SIZING.best(s.workloads().get(0), "llama-3.1-70b", H200).orElseThrow();
        PlanReport report = new PlanReportBuilder(SIZING).build(new Project(1, "p", null, List.of(s)), s);
        WorkloadKpi chat = report.kpis().workloads().get(0);
        assertEquals(4 * best.requestsPerSecond(), chat.capacityRequestsPerSecond(), 1e-9, "four replicas at the SLO-best point");
        assertEquals(Math.min(1, chat.capacityRequestsPerSecond() / 100), chat.servedShareOfPeak(), 1e-12);
        assertEquals(4, report.deployments().size());
        assertEquals(best.ttftSeconds(), report.deployments().get(0).ttftSeconds(), 1e-12);
    }

    @Test
    void rackPowerIsServerIdlePlusReplicaIncrements() {
        Scenario s = OneRackScenario.scenario(2);
        Estimate best = SIZING.best(s.workloads().get(0), "llama-3.1-70b", H200).orElseThrow();
        PlanReport report = new PlanReportBuilder(SIZING).build(new Project(1, "p", null, List.of(s)), s);
        // Idle servers stay on by default: 4 × idle, plus each replica's increment over its
        // accelerators' idle share (no server reaches its nameplate cap at two replicas).
        double expected = 4 * H200.idlePowerWatts() + 2 * ReplicaPower.incrementWatts(H200, best);
        assertEquals(expected, report.racks().get(0).powerWatts(), 1.0);
        assertEquals("4× nvidia-hgx-h200-8", report.racks().get(0).equipment());
        assertEquals(CoolingType.REAR_DOOR_HX.name(), report.racks().get(0).cooling());
    }

    @Test
    void energyMonthsAddUpToTheYearAndPueIsPlausible() {
        Scenario s = OneRackScenario.scenario(8);
        PlanReport report = new PlanReportBuilder(SIZING).build(new Project(1, "p", null, List.of(s)), s);
        double monthly = report.monthlyEnergy().stream().mapToDouble(MonthlyEnergy::facilityEnergyJoules).sum();
        assertEquals(report.kpis().annualFacilityEnergyJoules(), monthly, 1e-6 * monthly);
        assertEquals(12, report.monthlyEnergy().size());
        assertTrue(report.kpis().annualPue() > 1.05 && report.kpis().annualPue() < 1.6, "PUE " + report.kpis().annualPue());
        // No renewables: nothing is carbon-free, and all energy comes from the 400 g/kWh grid.
        assertEquals(0, report.kpis().carbonFreeShare(), 1e-12);
        double gridKwh = report.monthlyEnergy().stream().mapToDouble(MonthlyEnergy::gridImportJoules).sum() / 3.6e6;
        assertEquals(gridKwh * 0.4, report.kpis().annualCo2eKg(), 1e-6 * gridKwh);
    }

    @Test
    void annualEnergyCostIsOpexsEnergyPartAndTheMonthsAllocateIt() {
        Scenario s = OneRackScenario.scenario(8);
        PlanReport report = new PlanReportBuilder(SIZING).build(new Project(1, "p", null, List.of(s)), s);
        double cost = report.kpis().cost().annualEnergyCostUsd();
        assertTrue(cost > 0, "a grid-fed rack has an energy bill");
        double months = report.monthlyEnergy().stream().mapToDouble(MonthlyEnergy::energyCostUsd).sum();
        assertEquals(cost, months, 1e-9 * cost);
        assertTrue(report.kpis().cost().annualOpexUsd() > cost, "opex is the energy bill plus maintenance");
        assertEquals(cost, KeyFigures.of(report).stream().filter(f -> f.figure() == Figure.ANNUAL_ENERGY_COST).findFirst()
                .orElseThrow().siValue());
        double curtailed = report.monthlyEnergy().stream().mapToDouble(MonthlyEnergy::curtailedJoules).sum();
        assertEquals(curtailed, report.kpis().energy().annualCurtailedJoules(), 1e-9 * Math.max(1, curtailed));
    }

    @Test
    void unmetDemandAndMissingPlanAreListedAsViolations() {
        Scenario s = OneRackScenario.scenario(1);
        PlanReport report = new PlanReportBuilder(SIZING).build(new Project(1, "p", null, List.of(s)), s);
        // a hand-made plan of one replica: the halls may have room, so the reason is the plan's, not the halls'
        assertTrue(report.kpis().violations().stream().anyMatch(v -> v.startsWith("chat: ")
                        && v.endsWith("of peak demand unmet: " + dev.hallplan.engine.solver.UnmetDemandReasons.TOO_FEW_REPLICAS)),
                report.kpis().violations().toString());
        assertEquals(dev.hallplan.engine.solver.UnmetDemandReasons.TOO_FEW_REPLICAS, report.kpis().workloads().get(0).unmetDemandReason());
        Scenario unplanned = s.withPlan(null);
        PlanReport empty = new PlanReportBuilder(SIZING).build(new Project(1, "p", null, List.of(unplanned)), unplanned);
        assertTrue(empty.kpis().violations().get(0).contains("has no plan yet"));
        assertEquals(0, empty.kpis().workloads().get(0).capacityRequestsPerSecond());
    }

    @Test
    void bomTotalIsTheHardwareCapex() {
        Scenario s = OneRackScenario.scenario(4);
        PlanReport report = new PlanReportBuilder(SIZING).build(new Project(1, "p", null, List.of(s)), s);
        BomLine servers = report.bom().stream().filter(b -> b.catalogId().equals("nvidia-hgx-h200-8")).findFirst().orElseThrow();
        assertEquals(4, servers.quantity());
        assertEquals(H200.priceUsd(), servers.unitPriceUsd(), 1e-9);
        assertTrue(report.bomTotalUsd() <= report.kpis().capexUsd() + 1e-6);
    }
}
