package dev.hallplan.engine.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CatalogLoader;
import dev.hallplan.catalog.CoolingType;
import dev.hallplan.catalog.Precision;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.engine.energy.EnergySupply;
import dev.hallplan.engine.energy.HourlyProfile;
import dev.hallplan.engine.energy.Tariff;
import dev.hallplan.engine.perf.Estimate;
import dev.hallplan.engine.perf.ModelZoo;
import dev.hallplan.engine.plan.ReplicaPower;
import dev.hallplan.engine.plan.ReplicaSizing;
import dev.hallplan.engine.project.Demand;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.LatencySlo;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.Plan;
import dev.hallplan.engine.project.PowerFeeds;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Redundancy;
import dev.hallplan.engine.project.Region;
import dev.hallplan.engine.project.ReplicaPlacement;
import dev.hallplan.engine.project.RequestShape;
import dev.hallplan.engine.project.Row;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.CatalogCount;
import dev.hallplan.engine.project.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report of a small hand-made plan: numbers trace back to the estimator, the facility model and the year simulation. */
class PlanReportBuilderTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final ReplicaSizing SIZING = new ReplicaSizing(CATALOG, ModelZoo.builtIn());
    private static final ServerModel H200 = CATALOG.server("nvidia-hgx-h200-8").orElseThrow();

    /** One rack of four HGX H200, flat demand of 100 req/s for Llama 3.1 70B at 2 s / 200 ms. */
    private static Scenario scenario(int replicaCount) {
        List<MountedEquipment> servers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            servers.add(new MountedEquipment("A-01-s" + i, "nvidia-hgx-h200-8", 1 + 8 * i));
        }
        Row row = new Row("A", 4, 0.6, List.of(new CatalogCount("cdu-row-1200kw", 1)),
                List.of(new PlacedRack("A-01", 0, "rack-rdhx-50kw", new PowerFeeds(Redundancy.TWO_N, 50_000, null), servers)));
        EnergySupply supply = new EnergySupply(1e6, 0, List.of(), null, HourlyProfile.constant(400),
                new Tariff(HourlyProfile.constant(100), 0));
        Hall hall = new Hall("h1", "Hall", null, new Region("US", "US"), null, null, null, null, supply, null, List.of(row));
        Workload chat = new Workload("chat", null, "llama-3.1-70b", "vllm", null,
                new Demand(100, HourlyProfile.constant(1)), new RequestShape(1000, 300), LatencySlo.llm(2, 0.2),
                null, null, null, null, Precision.FP8, 5, 0, null);
        Estimate best = SIZING.best(chat, "llama-3.1-70b", H200).orElseThrow();
        List<ReplicaPlacement> replicas = new ArrayList<>();
        for (int i = 0; i < replicaCount; i++) {
            int perServer = H200.acceleratorCount() / best.devices();
            replicas.add(new ReplicaPlacement("r" + i, "chat", "llama-3.1-70b", "h1", "A-01-s" + (i / perServer),
                    best.devices(), best.weightPrecision(), best.parallelism().tensor(), best.batch()));
        }
        return new Scenario("s", null, List.of(hall), List.of(chat), new Plan("manual", null, replicas), null, null, Map.of());
    }

    @Test
    void capacityAndServedShareComeFromTheEstimator() {
        Scenario s = scenario(4);
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
        Scenario s = scenario(2);
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
        Scenario s = scenario(8);
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
    void unmetDemandAndMissingPlanAreListedAsViolations() {
        Scenario s = scenario(1);
        PlanReport report = new PlanReportBuilder(SIZING).build(new Project(1, "p", null, List.of(s)), s);
        assertTrue(report.kpis().violations().stream().anyMatch(v -> v.startsWith("chat: ") && v.endsWith("of peak demand unmet")),
                report.kpis().violations().toString());
        Scenario unplanned = s.withPlan(null);
        PlanReport empty = new PlanReportBuilder(SIZING).build(new Project(1, "p", null, List.of(unplanned)), unplanned);
        assertTrue(empty.kpis().violations().get(0).contains("has no plan yet"));
        assertEquals(0, empty.kpis().workloads().get(0).capacityRequestsPerSecond());
    }

    @Test
    void bomTotalIsTheHardwareCapex() {
        Scenario s = scenario(4);
        PlanReport report = new PlanReportBuilder(SIZING).build(new Project(1, "p", null, List.of(s)), s);
        BomLine servers = report.bom().stream().filter(b -> b.catalogId().equals("nvidia-hgx-h200-8")).findFirst().orElseThrow();
        assertEquals(4, servers.quantity());
        assertEquals(H200.priceUsd(), servers.unitPriceUsd(), 1e-9);
        assertTrue(report.bomTotalUsd() <= report.kpis().capexUsd() + 1e-6);
    }
}
