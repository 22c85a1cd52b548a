package dev.hallplan.engine.kpi;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.energy.HallSimulation;
import dev.hallplan.engine.energy.HallSimulation.HallYear;
import dev.hallplan.engine.facility.FacilityModel;
import dev.hallplan.engine.facility.IdleServers;
import dev.hallplan.engine.plan.EstimatorDeploymentOptions;
import dev.hallplan.engine.plan.EvaluatedReplica;
import dev.hallplan.engine.plan.PlanEvaluation;
import dev.hallplan.engine.plan.PlanEvaluator;
import dev.hallplan.engine.plan.PlanReplicaPerformance;
import dev.hallplan.engine.plan.ReplicaSizing;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.Plan;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.Workload;
import dev.hallplan.engine.solver.SupplyOutlookSource;
import dev.hallplan.engine.solver.UnmetDemandReasons;
import dev.hallplan.engine.tco.AnnualEnergy;
import dev.hallplan.engine.tco.TcoCalculator;
import dev.hallplan.engine.tco.TcoResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the whole picture of one planned scenario once: plan evaluation through the estimator,
 * the halls' facility state at peak, the hourly year simulation, TCO, and the KPIs. The UI, the
 * workbook, the PDF and the comparison all read the {@link PlanReport} this builds.
 */
public final class PlanReportBuilder {
    private final PlanEvaluator evaluator;
    private final Catalog catalog;
    private final UnmetDemandReasons unmetReasons;

    public PlanReportBuilder(ReplicaSizing sizing) {
        this.evaluator = new PlanEvaluator(sizing);
        this.catalog = sizing.catalog();
        // the reasons come from placements (hardware, SLO, network latency), never from the halls' supply
        // limits: a constant-PUE outlook skips the facility model's load bounds, the costly part of a build
        this.unmetReasons = new UnmetDemandReasons(catalog, new EstimatorDeploymentOptions(sizing), SupplyOutlookSource.constantPue(1));
    }

    public PlanReport build(Project project, Scenario scenario) {
        return buildWithYear(project, scenario).report();
    }

    /** The report and the hourly year simulation of each hall it was built from (the energy view's heat map). */
    public PlanYear buildWithYear(Project project, Scenario scenario) {
        PlanEvaluation evaluation = evaluator.evaluate(scenario);
        Scenario servable = withoutReplicasMissingTheirSlo(scenario, evaluation);
        IdleServers idle = IdleServers.of(scenario);
        List<HallPeak> peaks = new ArrayList<>();
        for (Hall hall : scenario.halls()) {
            peaks.add(new HallPeak(hall, FacilityModel.liveState(hall, catalog, evaluation.fullLoad(hall.id(), idle))));
        }
        Map<String, HallPeak> peakOf = new HashMap<>();
        peaks.forEach(p -> peakOf.put(p.hall().id(), p));
        List<HallYear> years = HallSimulation.runAll(servable, catalog, new PlanReplicaPerformance(evaluation),
                hall -> HallPue.of(hall, peakOf.get(hall.id()).state()));
        TcoResult tco = TcoCalculator.forScenario(scenario, catalog, AnnualEnergy.of(years));
        List<RackReport> racks = RackRows.of(peaks);
        List<HallReport> halls = HallReports.of(peaks, years, catalog);
        List<WorkloadKpi> workloads = PlanKpiCalculator.workloads(scenario, evaluation, unmetReasons(scenario, evaluation));
        PlanKpis kpis = PlanKpiCalculator.kpis(scenario, workloads, years, tco, halls,
                violations(scenario, evaluation, halls, workloads, tco));
        return new PlanYear(new PlanReport(project.name(), scenario.name(), scenario.description(), kpis,
                BomLines.of(tco, catalog), halls, racks, Deployments.of(evaluation), MonthlyEnergyTable.of(years),
                ReportAssumptions.of(scenario, evaluation, catalog)), years);
    }

    /** The plan without replicas that miss their SLO: they serve nothing, so the energy model must not count them as capacity. */
    private static Scenario withoutReplicasMissingTheirSlo(Scenario scenario, PlanEvaluation evaluation) {
        if (scenario.plan() == null) {
            return scenario;
        }
        Plan p = scenario.plan();
        return scenario.withPlan(new Plan(p.source(), p.score(), evaluation.replicas().stream()
                .filter(EvaluatedReplica::meetsSlo).map(EvaluatedReplica::placement).toList()));
    }

    /**
     * Why each workload whose peak demand the plan leaves unmet (beyond {@link WorkloadKpi#UNMET_TOLERANCE})
     * is short, in the solver's words ({@link UnmetDemandReasons}: the problem a solve would build is
     * built only when some demand is unmet); without a plan, that there is none yet.
     */
    private Map<String, String> unmetReasons(Scenario scenario, PlanEvaluation evaluation) {
        Map<String, Double> capacity = evaluation.capacityByWorkload();
        List<Workload> unmet = scenario.workloads().stream().filter(w -> 1 - Math.min(1, capacity.getOrDefault(w.id(), 0.0)
                / w.demand().peakRequestsPerSecond()) > WorkloadKpi.UNMET_TOLERANCE).toList();
        if (unmet.isEmpty()) {
            return Map.of();
        }
        Map<String, String> solverReasons = scenario.plan() == null ? Map.of() : unmetReasons.of(scenario);
        Map<String, String> out = new HashMap<>();
        for (Workload w : unmet) {
            out.put(w.id(), scenario.plan() == null ? "the scenario has no plan yet"
                    : solverReasons.getOrDefault(w.id(), ""));
        }
        return out;
    }

    private static List<String> violations(Scenario scenario, PlanEvaluation evaluation, List<HallReport> halls,
                                           List<WorkloadKpi> workloads, TcoResult tco) {
        List<String> out = new ArrayList<>();
        if (scenario.plan() == null) {
            out.add("Scenario " + scenario.name() + " has no plan yet: solve it to place replicas");
        }
        halls.forEach(h -> out.addAll(h.limitViolations()));
        out.addAll(evaluation.problems());
        workloads.stream().filter(WorkloadKpi::demandUnmet).forEach(w -> out.add(w.workloadId() + ": "
                + UnitFormat.percent(w.unmetShareOfPeak()) + " of peak demand unmet"
                + (w.unmetDemandReason().isEmpty() ? "" : ": " + w.unmetDemandReason())));
        if (tco.incomplete()) {
            out.add("No catalog price for " + String.join(", ", tco.missingPriceIds()) + ": capex is understated");
        }
        return out;
    }
}
