package dev.hallplan.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.catalog.CatalogLoader;
import dev.hallplan.engine.kpi.PlanKpis;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.kpi.PlanReportBuilder;
import dev.hallplan.engine.kpi.PowerFigures;
import dev.hallplan.engine.kpi.WorkloadKpi;
import dev.hallplan.engine.perf.ModelZoo;
import dev.hallplan.engine.plan.Planning;
import dev.hallplan.engine.plan.ReplicaSizing;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.solver.PlannerService;
import dev.hallplan.engine.solver.SolveOptions;
import dev.hallplan.engine.solver.SolveResult;
import dev.hallplan.reports.export.ReportExporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample solves briefly to a feasible plan serving all peak demand, simulates the year,
 * and exports a workbook and a PDF, with KPIs inside the ranges samples/README.md documents.
 */
class SamplesEndToEndTest {
    private static final ReplicaSizing SIZING = new ReplicaSizing(CatalogLoader.builtIn(), ModelZoo.builtIn());
    private static final PlannerService SOLVER = Planning.service(SIZING);

    @TempDir
    static Path out;

    static List<String> names() {
        return SampleProjects.NAMES;
    }

    @AfterAll
    static void closeSolver() {
        SOLVER.close();
    }

    @ParameterizedTest
    @MethodSource("names")
    void solvesSimulatesAndExports(String name) throws Exception {
        Project project = Samples.load(name);
        List<PlanReport> reports = new ArrayList<>();
        for (Scenario scenario : project.scenarios()) {
            // Unimproved-time limit keeps the test short on a loaded 2-core machine; the warm start alone is feasible.
            SolveResult result = SOLVER.solve(scenario, new SolveOptions(8, 2, 0, false, 0));
            assertEquals(SolveResult.Status.FEASIBLE, result.status(), name + "/" + scenario.name() + ": " + result.violations());
            Scenario planned = scenario.withPlan(result.plan());
            PlanReport report = new PlanReportBuilder(SIZING).build(project.withScenario(planned), planned);
            assertKpisInRange(name, report.kpis());
            reports.add(report);
        }
        Path xlsx = out.resolve(name + ".xlsx");
        Path pdf = out.resolve(name + ".pdf");
        if (reports.size() == 1) {
            ReportExporter.standard().exportPlan(reports.get(0), Optional.of(xlsx), Optional.of(pdf));
        } else {
            ReportExporter.standard().exportComparison(reports, 5, Optional.of(xlsx), Optional.of(pdf));
        }
        assertTrue(Files.size(xlsx) > 5_000 && Files.size(pdf) > 5_000, "both files written");
    }

    /** The documented ranges: every workload fully served, a plausible PUE, renewables present, cost per token sane. */
    private static void assertKpisInRange(String name, PlanKpis k) {
        for (WorkloadKpi w : k.workloads()) {
            assertEquals(1.0, w.servedShareOfPeak(), 1e-9, name + ": " + w.workloadId() + " fully served");
        }
        assertTrue(k.annualPue() > 1.05 && k.annualPue() < 1.7, name + " PUE " + k.annualPue());
        assertTrue(k.renewableShare() > 0.2 && k.renewableShare() <= 1.0, name + " renewable " + k.renewableShare());
        assertTrue(k.carbonFreeShare() <= k.renewableShare() + 1e-9, "CFE never exceeds the renewable share here (no grid CFE profile)");
        PowerFigures p = k.power();
        assertTrue(p.itPeakHourWatts() > 100e3 && p.facilityPeakHourWatts() > p.itPeakHourWatts(), name + " IT " + p.itPeakHourWatts());
        // the busiest hour never draws more than every replica at capacity, which never exceeds nameplate
        assertTrue(p.itPeakHourWatts() <= p.itFullLoadWatts() * (1 + 1e-9) && p.itFullLoadWatts() < p.nameplateItWatts(),
                name + " " + p);
        double perRack = k.floor().whiteSpacePerRackSquareMeters();
        assertTrue(perRack >= 2 && perRack <= 5, name + " white space per rack " + perRack + " m²");
        if (!Double.isNaN(k.usdPerMillionOutputTokens())) {
            assertTrue(k.usdPerMillionOutputTokens() > 0.02 && k.usdPerMillionOutputTokens() < 5,
                    name + " $/M tokens " + k.usdPerMillionOutputTokens());
        }
        assertTrue(k.capexUsd() > 1e6, name + " capex " + k.capexUsd());
    }
}
