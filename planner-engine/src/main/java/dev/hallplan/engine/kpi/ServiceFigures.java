package dev.hallplan.engine.kpi;

import java.util.List;

/**
 * What a plan serves.
 *
 * @param outputTokensPerSecond  Σ workloads min(capacity, peak demand) × output tokens per request
 * @param requestsPerSecond      Σ workloads min(capacity, peak demand)
 * @param outputTokensPerKwh     annual output tokens / annual facility energy in kWh; NaN without LLM output
 * @param workloads              per workload, in scenario order
 */
public record ServiceFigures(double outputTokensPerSecond, double requestsPerSecond, double outputTokensPerKwh,
        List<WorkloadKpi> workloads) {
    public ServiceFigures {
        workloads = List.copyOf(workloads);
    }
}
