package dev.hallplan.sweeps.point;

import dev.hallplan.engine.kpi.PlanKpis;
import dev.hallplan.engine.kpi.WorkloadKpi;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headline figures of one planned point, copied from the engine's {@link PlanKpis} (never
 * computed here), in SI units as the names say.
 *
 * @param servedShareByWorkload  workload id to the share of its peak demand served (0..1), in the scenario's order
 * @param violationCount         readable problems of the plan (hard limits, unmet demand, supply gaps)
 */
public record PointFigures(
        double itFullLoadWatts,
        double facilityFullLoadWatts,
        double itPeakHourWatts,
        double facilityPeakHourWatts,
        double annualPue,
        double annualFacilityEnergyJoules,
        double outputTokensPerSecond,
        double requestsPerSecond,
        double capexUsd,
        double annualOpexUsd,
        double annualTcoUsd,
        double usdPerMillionOutputTokens,
        double outputTokensPerKwh,
        double renewableShare,
        double carbonFreeShare,
        double annualCo2eKg,
        int racks,
        double whiteSpaceSquareMeters,
        int violationCount,
        Map<String, Double> servedShareByWorkload) implements Serializable {
    private static final long serialVersionUID = 1L;

    public PointFigures {
        servedShareByWorkload = Collections.unmodifiableMap(new LinkedHashMap<>(servedShareByWorkload));
    }

    /** The figures of {@code k}. */
    public static PointFigures of(PlanKpis k) {
        Map<String, Double> served = new LinkedHashMap<>();
        for (WorkloadKpi w : k.workloads()) {
            served.put(w.workloadId(), w.servedShareOfPeak());
        }
        return new PointFigures(k.power().itFullLoadWatts(), k.power().facilityFullLoadWatts(), k.power().itPeakHourWatts(),
                k.power().facilityPeakHourWatts(), k.annualPue(), k.annualFacilityEnergyJoules(),
                k.outputTokensPerSecond(), k.requestsPerSecond(), k.capexUsd(), k.annualOpexUsd(), k.annualTcoUsd(),
                k.usdPerMillionOutputTokens(), k.outputTokensPerKwh(), k.renewableShare(), k.carbonFreeShare(),
                k.annualCo2eKg(), k.racks(), k.floor().whiteSpaceSquareMeters(), k.violations().size(), served);
    }

    /** The lowest served share over the workloads (1 with none): a plan serves all demand when it is 1. */
    public double servedShareMin() {
        return servedShareByWorkload.values().stream().mapToDouble(Double::doubleValue).min().orElse(1);
    }
}
