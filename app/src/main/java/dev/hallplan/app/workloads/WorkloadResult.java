package dev.hallplan.app.workloads;

import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.kpi.DeploymentReport;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.kpi.WorkloadKpi;
import dev.hallplan.engine.project.LatencySlo;
import dev.hallplan.engine.project.Workload;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the plan serves one workload, read from the engine's {@link PlanReport} (its
 * {@link WorkloadKpi}, {@link DeploymentReport}s and violations); nothing is computed again here.
 *
 * @param servedShareOfPeak   the report's served share of peak demand (0..1)
 * @param hardware            server models its replicas run on, comma-separated; empty without replicas
 * @param operatingPoints     distinct operating points, e.g. "FP8 · TP 2 · batch 48"
 * @param worstTtftSeconds    the largest TTFT (query latency) among its replicas; NaN without replicas
 * @param worstTpotSeconds    the largest TPOT among its replicas; NaN without replicas or for one-pass models
 * @param latencyStatistic    "p99" when its replicas' latencies are 99th percentiles (a p99 SLO), else "mean"
 * @param unmetDemandReason   why part of its peak demand is unmet: the report's {@link WorkloadKpi#unmetDemandReason()}
 *                            (the solver's words); empty when it is served
 * @param preference          the report's {@link WorkloadKpi#preferenceText()} ("… : 3 of 4 replicas on it"); empty without one
 * @param problems            the report's violations naming one of its replicas (e.g. one missing its SLO)
 */
public record WorkloadResult(
        double servedShareOfPeak,
        int replicas,
        String hardware,
        String operatingPoints,
        double worstTtftSeconds,
        double worstTpotSeconds,
        String latencyStatistic,
        String unmetDemandReason,
        String preference,
        List<String> problems) {

    public WorkloadResult {
        problems = List.copyOf(problems);
    }

    /** The result of {@code w} in {@code report}. */
    public static WorkloadResult of(PlanReport report, Workload w) {
        WorkloadKpi kpi = report.kpis().workloads().stream().filter(k -> k.workloadId().equals(w.id())).findFirst().orElse(null);
        List<DeploymentReport> mine = report.deployments().stream().filter(d -> d.workloadId().equals(w.id())).toList();
        String hardware = mine.stream().map(DeploymentReport::serverModelId).distinct().collect(Collectors.joining(", "));
        String points = mine.stream().map(WorkloadResult::point).distinct().collect(Collectors.joining("; "));
        double ttft = mine.stream().mapToDouble(DeploymentReport::ttftSeconds).max().orElse(Double.NaN);
        double tpot = mine.stream().filter(d -> d.outputTokensPerSecond() > 0)
                .mapToDouble(DeploymentReport::tpotSeconds).max().orElse(Double.NaN);
        String statistic = mine.stream().anyMatch(d -> LatencySlo.P99.equals(d.latencyStatistic())) ? LatencySlo.P99 : LatencySlo.MEAN;
        List<String> problems = report.kpis().violations().stream().filter(v -> v.contains("(" + w.id() + " on ")).toList();
        String reason = kpi == null || !kpi.demandUnmet() ? "" : kpi.unmetDemandReason();
        return new WorkloadResult(kpi == null ? 0 : kpi.servedShareOfPeak(), kpi == null ? mine.size() : kpi.replicas(),
                hardware, points, ttft, tpot, statistic, reason, kpi == null ? "" : kpi.preferenceText(), problems);
    }

    /** The "Unmet demand: why" cell: the report's reason, then the problems of its replicas. */
    public String unmetText() {
        List<String> parts = new java.util.ArrayList<>();
        if (!unmetDemandReason.isEmpty()) {
            parts.add(unmetDemandReason);
        }
        parts.addAll(problems);
        return String.join(" · ", parts);
    }

    /** "FP8 · TP 2 · batch 48". */
    static String point(DeploymentReport d) {
        return d.precision().toUpperCase(Locale.ROOT) + " · TP " + d.tensorParallel() + " · batch " + d.batch();
    }

    /**
     * "320 ms / 450 ms TTFT · 38 ms / 40 ms TPOT" (worst replica against the target), "p99 TTFT" and
     * "p99 TPOT" when the figures are 99th percentiles; empty without replicas.
     */
    public String latencyAgainst(LatencySlo slo) {
        if (Double.isNaN(worstTtftSeconds)) {
            return "";
        }
        double firstLimit = slo.queryLatencySeconds() > 0 ? slo.queryLatencySeconds() : slo.ttftSeconds();
        String p99 = LatencySlo.P99.equals(latencyStatistic) ? " p99" : "";
        String first = against(worstTtftSeconds, firstLimit) + p99 + (Double.isNaN(worstTpotSeconds) ? " latency" : " TTFT");
        return Double.isNaN(worstTpotSeconds) ? first : first + " · " + against(worstTpotSeconds, slo.tpotSeconds()) + p99 + " TPOT";
    }

    /** True when every replica's latencies are within the target (no replica: true). */
    public boolean meets(LatencySlo slo) {
        double firstLimit = slo.queryLatencySeconds() > 0 ? slo.queryLatencySeconds() : slo.ttftSeconds();
        boolean first = Double.isNaN(worstTtftSeconds) || firstLimit == 0 || worstTtftSeconds <= firstLimit;
        boolean tpot = Double.isNaN(worstTpotSeconds) || slo.tpotSeconds() == 0 || worstTpotSeconds <= slo.tpotSeconds();
        return first && tpot;
    }

    private static String against(double seconds, double limitSeconds) {
        return UnitFormat.seconds(seconds) + " / " + (limitSeconds == 0 ? "no limit" : UnitFormat.seconds(limitSeconds));
    }
}
