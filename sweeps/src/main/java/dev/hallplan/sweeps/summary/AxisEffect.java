package dev.hallplan.sweeps.summary;

import dev.hallplan.sweeps.point.PointResult;
import dev.hallplan.sweeps.spec.Axis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * One bar of the tornado: how far the mean cost per million output tokens moves from the mean of
 * all usable points when an axis is at its low end and at its high end (docs/sweeps.md). For a
 * numeric axis the low end is the points whose multiplier is at most the axis' 1/3 quantile and
 * the high end those at least at its 2/3 quantile (on a grid: the lowest and highest level); for
 * the scenario axis, the cheapest and dearest scenario. A main-effect average, not a regression.
 *
 * @param lowCase            what the low end is, e.g. "×0.80" or "B200"
 * @param highCase           what the high end is
 * @param lowDeltaUsdPerMillion  mean at the low end minus the overall mean (USD per million tokens)
 * @param highDeltaUsdPerMillion mean at the high end minus the overall mean
 */
public record AxisEffect(String axis, String lowCase, String highCase, double lowDeltaUsdPerMillion,
        double highDeltaUsdPerMillion) {

    /** The swing between both ends, the tornado's sort key. */
    public double swingUsdPerMillion() {
        return Math.abs(highDeltaUsdPerMillion - lowDeltaUsdPerMillion);
    }

    /** The effect of the scenario and of every axis, largest swing first; empty without usable points. */
    public static List<AxisEffect> tornado(List<PointResult> rows, List<Axis> axes) {
        List<PointResult> usable = UsablePoints.of(rows);
        if (usable.isEmpty()) {
            return List.of();
        }
        double mean = mean(usable);
        List<AxisEffect> out = new ArrayList<>();
        scenarioEffect(usable, mean).ifPresent(out::add);
        for (Axis a : axes) {
            out.add(numeric(usable, mean, a.name(), r -> r.point().multiplier(a.name())));
        }
        out.sort(Comparator.comparingDouble(AxisEffect::swingUsdPerMillion).reversed());
        return out;
    }

    private static java.util.Optional<AxisEffect> scenarioEffect(List<PointResult> usable, double mean) {
        Map<String, List<PointResult>> by = new LinkedHashMap<>();
        usable.forEach(r -> by.computeIfAbsent(r.point().scenario(), k -> new ArrayList<>()).add(r));
        if (by.size() < 2) {
            return java.util.Optional.empty();
        }
        Map.Entry<String, List<PointResult>> low = by.entrySet().stream().min(Comparator.comparingDouble(e -> mean(e.getValue()))).orElseThrow();
        Map.Entry<String, List<PointResult>> high = by.entrySet().stream().max(Comparator.comparingDouble(e -> mean(e.getValue()))).orElseThrow();
        return java.util.Optional.of(new AxisEffect("scenario", low.getKey(), high.getKey(),
                mean(low.getValue()) - mean, mean(high.getValue()) - mean));
    }

    private static AxisEffect numeric(List<PointResult> usable, double mean, String name, ToDoubleFunction<PointResult> value) {
        double[] v = usable.stream().mapToDouble(value).toArray();
        double lowCut = Percentiles.of(v, 1.0 / 3);
        double highCut = Percentiles.of(v, 2.0 / 3);
        List<PointResult> low = usable.stream().filter(r -> value.applyAsDouble(r) <= lowCut).toList();
        List<PointResult> high = usable.stream().filter(r -> value.applyAsDouble(r) >= highCut).toList();
        return new AxisEffect(name, label(low, value), label(high, value), mean(low) - mean, mean(high) - mean);
    }

    private static String label(List<PointResult> group, ToDoubleFunction<PointResult> value) {
        double min = group.stream().mapToDouble(value).min().orElse(Double.NaN);
        double max = group.stream().mapToDouble(value).max().orElse(Double.NaN);
        return min == max ? String.format(Locale.ROOT, "×%.2f", min) : String.format(Locale.ROOT, "×%.2f–%.2f", min, max);
    }

    private static double mean(List<PointResult> rows) {
        return rows.stream().mapToDouble(UsablePoints::cost).average().orElse(Double.NaN);
    }
}
