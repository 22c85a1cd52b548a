package dev.hallplan.sweeps.summary;

import dev.hallplan.sweeps.point.PointResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The spread of cost per million output tokens over one scenario's points.
 *
 * @param points          points of the scenario in the sweep
 * @param usable          points with a cost figure (not failed, with LLM output)
 * @param allDemandServed points whose plan is feasible with all demand served
 * @param usdPerMillion   min, P10, P25, P50, P75, P90, max over the usable points (USD per million output tokens)
 * @param meanUsdPerMillion mean over the usable points
 */
public record ScenarioDistribution(String scenario, int points, int usable, int allDemandServed,
        List<Double> usdPerMillion, double meanUsdPerMillion) {
    /** The percentiles reported, as fractions: min, P10, P25, P50, P75, P90, max. */
    public static final List<Double> LEVELS = List.of(0.0, 0.10, 0.25, 0.50, 0.75, 0.90, 1.0);

    public ScenarioDistribution {
        usdPerMillion = List.copyOf(usdPerMillion);
    }

    /** One distribution per scenario, in order of first appearance. */
    public static List<ScenarioDistribution> of(List<PointResult> rows) {
        Map<String, List<PointResult>> byScenario = new LinkedHashMap<>();
        rows.forEach(r -> byScenario.computeIfAbsent(r.point().scenario(), k -> new ArrayList<>()).add(r));
        List<ScenarioDistribution> out = new ArrayList<>();
        byScenario.forEach((scenario, list) -> {
            double[] cost = UsablePoints.of(list).stream().mapToDouble(UsablePoints::cost).toArray();
            int served = (int) list.stream().filter(PointResult::feasible).count();
            List<Double> p = LEVELS.stream().map(level -> Percentiles.of(cost, level)).toList();
            double mean = cost.length == 0 ? Double.NaN : java.util.Arrays.stream(cost).average().orElseThrow();
            out.add(new ScenarioDistribution(scenario, list.size(), cost.length, served, p, mean));
        });
        return out;
    }
}
