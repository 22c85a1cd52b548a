package dev.hallplan.engine.kpi;

import dev.hallplan.engine.energy.HallSimulation.HallYear;
import dev.hallplan.engine.energy.SimulationResult;
import dev.hallplan.engine.energy.YearCalendar;
import dev.hallplan.engine.plan.EvaluatedReplica;
import dev.hallplan.engine.plan.PlanEvaluation;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.Workload;
import dev.hallplan.engine.supply.HourlyProfile;
import dev.hallplan.engine.tco.TcoResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** The headline figures of a plan from its evaluation, year simulation and TCO (formulas: docs/kpi.md). */
final class PlanKpiCalculator {
    private PlanKpiCalculator() {
    }

    static PlanKpis kpis(Scenario scenario, List<WorkloadKpi> workloads, List<HallYear> years, TcoResult tco,
                         List<HallReport> halls, List<String> violations) {
        double[] it = new double[HourlyProfile.HOURS_PER_YEAR];
        double[] facility = new double[HourlyProfile.HOURS_PER_YEAR];
        double[] grid = new double[HourlyProfile.HOURS_PER_YEAR];
        double itJ = 0;
        double facilityJ = 0;
        double gridJ = 0;
        double renewableJ = 0;
        double cfeJ = 0;
        double co2Kg = 0;
        double unservedJ = 0;
        double curtailedJ = 0;
        java.util.Set<Integer> unservedHours = new java.util.HashSet<>();
        for (HallYear y : years) {
            SimulationResult r = y.result();
            add(it, r.itLoadWatts());
            add(facility, r.facilityLoadWatts());
            add(grid, r.gridImportWatts());
            itJ += r.servedItEnergyJoules();
            facilityJ += r.servedFacilityEnergyJoules();
            unservedJ += r.unservedEnergyJoules();
            curtailedJ += r.curtailedEnergyJoules();
            unservedHours.addAll(r.unservedHours());
            gridJ += r.gridEnergyJoules();
            renewableJ += r.renewableShareOfLoad() * r.facilityEnergyJoules();
            cfeJ += r.carbonFreeShare() * r.facilityEnergyJoules();
            co2Kg += r.carbonTonnes() * 1000;
        }
        double tokensPerSecond = workloads.stream().mapToDouble(WorkloadKpi::outputTokensPerSecond).sum();
        double requestsPerSecond = workloads.stream()
                .mapToDouble(w -> Math.min(w.capacityRequestsPerSecond(), w.peakDemandRequestsPerSecond())).sum();
        PowerFigures power = new PowerFigures(sum(halls, HallReport::itFullLoadWatts), sum(halls, HallReport::facilityFullLoadWatts),
                max(it), max(facility), max(grid), sum(halls, HallReport::nameplateItWatts));
        EnergyFigures energy = new EnergyFigures(itJ > 0 ? facilityJ / itJ : Double.NaN, itJ, facilityJ, gridJ, unservedJ,
                unservedHours.size(), curtailedJ);
        ServiceFigures service = new ServiceFigures(tokensPerSecond, requestsPerSecond,
                tco.outputTokensPerKwh().orElse(Double.NaN), workloads);
        CostFigures cost = new CostFigures(tco.capexUsd(), tco.maintenanceUsdPerYear() + tco.energyUsdPerYear(), tco.annualTcoUsd(),
                tco.usdPerMillionOutputTokens().orElse(Double.NaN), tco.energyUsdPerYear());
        CarbonFigures carbon = new CarbonFigures(facilityJ > 0 ? renewableJ / facilityJ : 0, facilityJ > 0 ? cfeJ / facilityJ : 0,
                co2Kg);
        FloorFigures floor = new FloorFigures(halls.stream().mapToInt(HallReport::racks).sum(),
                sum(halls, HallReport::whiteSpaceSquareMeters), sum(halls, HallReport::rackFootprintSquareMeters));
        return new PlanKpis(scenario.name(), power, energy, service, cost, carbon, floor, violations);
    }

    private static double sum(List<HallReport> halls, ToDoubleFunction<HallReport> f) {
        return halls.stream().mapToDouble(f).sum();
    }

    /**
     * Per workload: capacity within the SLO, the share of peak demand it covers, output tokens/s
     * served at peak (min(capacity, peak) × output tokens per request), and output tokens over the
     * year (Σ over hours of min(capacity, demand of the hour) × output tokens × 3600 s).
     */
    static List<WorkloadKpi> workloads(Scenario scenario, PlanEvaluation evaluation, Map<String, String> unmetReasons) {
        Map<String, Double> capacity = evaluation.capacityByWorkload();
        List<WorkloadKpi> out = new ArrayList<>();
        for (Workload w : scenario.workloads()) {
            double cap = capacity.getOrDefault(w.id(), 0.0);
            double peak = w.demand().peakRequestsPerSecond();
            int tokens = w.requestShape().outputTokens();
            List<EvaluatedReplica> replicas = evaluation.replicas().stream()
                    .filter(r -> r.workload().id().equals(w.id())).toList();
            boolean llm = replicas.stream().anyMatch(r -> r.estimate().tokensGenerated());
            double annualTokens = 0;
            if (llm) {
                for (int h = 0; h < YearCalendar.HOURS_PER_YEAR; h++) {
                    annualTokens += Math.min(cap, w.demand().requestsPerSecondAt(h)) * tokens * YearCalendar.SECONDS_PER_HOUR;
                }
            }
            String model = replicas.isEmpty() ? w.modelId() : replicas.get(0).placement().modelId();
            out.add(new WorkloadKpi(w.id(), w.name(), model, replicas.size(), peak, cap, Math.min(1, cap / peak),
                    llm ? Math.min(cap, peak) * tokens : 0, annualTokens, unmetReasons.getOrDefault(w.id(), ""),
                    w.preferred() == null ? "" : w.preferred().label(), onPreferred(w, replicas)));
        }
        return out;
    }

    /** Replicas of {@code w} running on its preferred option ({@code PreferredOption.matches}, the solver's test too). */
    private static int onPreferred(Workload w, List<EvaluatedReplica> replicas) {
        return w.preferred() == null ? 0 : (int) replicas.stream().filter(r -> w.preferred()
                .matches(r.server().model(), r.placement().precision(), r.placement().tensorParallel())).count();
    }

    private static void add(double[] sum, HourlyProfile profile) {
        for (int h = 0; h < sum.length; h++) {
            sum[h] += profile.at(h);
        }
    }

    private static double max(double[] values) {
        double m = 0;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
