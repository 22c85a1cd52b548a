package dev.hallplan.sweeps.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The points of a sweep, in a fixed order: a full grid (scenarios outermost, then the axes in spec
 * order, the last axis changing fastest) or a Latin hypercube (docs/sweeps.md): every axis,
 * the scenario included, is cut into {@code N} equal strata of [0, 1), each stratum is used by
 * exactly one point, and the strata are paired across axes by seeded random permutations.
 */
public final class PointDesign {
    /** Sampled multipliers are rounded to this many decimals so they read well in tables. */
    private static final double ROUNDING = 1e4;

    private PointDesign() {
    }

    /** The points of {@code spec}; {@code scenarios} are the base scenario names to use (the spec's, or the project's first). */
    public static List<SweepPoint> points(SweepSpec spec, List<String> scenarios) {
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least one scenario");
        }
        return spec.sampling().method() == Sampling.Method.GRID
                ? grid(spec.axes(), scenarios)
                : latinHypercube(spec.axes(), scenarios, spec.sampling().points(), spec.sampling().seed());
    }

    private static List<SweepPoint> grid(List<Axis> axes, List<String> scenarios) {
        List<SweepPoint> out = new ArrayList<>();
        int combinations = 1;
        for (Axis a : axes) {
            combinations = Math.multiplyExact(combinations, a.values().size());
        }
        for (String scenario : scenarios) {
            for (int c = 0; c < combinations; c++) {
                Map<String, Double> m = new LinkedHashMap<>();
                int rest = c;
                int stride = combinations;
                for (Axis a : axes) {
                    stride /= a.values().size();
                    m.put(a.name(), a.values().get(rest / stride));
                    rest %= stride;
                }
                out.add(new SweepPoint(out.size(), scenario, m));
            }
        }
        return out;
    }

    private static List<SweepPoint> latinHypercube(List<Axis> axes, List<String> scenarios, int n, long seed) {
        Random random = new Random(seed);
        int[] scenarioStrata = permutation(n, random);
        List<int[]> strata = new ArrayList<>();
        List<double[]> jitter = new ArrayList<>();
        for (int a = 0; a < axes.size(); a++) {
            strata.add(permutation(n, random));
            double[] j = new double[n];
            for (int i = 0; i < n; i++) {
                j[i] = random.nextDouble();
            }
            jitter.add(j);
        }
        List<SweepPoint> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // the categorical axis takes its stratum's centre so each scenario gets an equal share
            double uScenario = (scenarioStrata[i] + 0.5) / n;
            String scenario = scenarios.get(Math.min(scenarios.size() - 1, (int) Math.floor(uScenario * scenarios.size())));
            Map<String, Double> m = new LinkedHashMap<>();
            for (int a = 0; a < axes.size(); a++) {
                Axis axis = axes.get(a);
                double u = (strata.get(a)[i] + (axis.discrete() ? 0.5 : jitter.get(a)[i])) / n;
                m.put(axis.name(), Math.round(axis.at(u) * ROUNDING) / ROUNDING);
            }
            out.add(new SweepPoint(i, scenario, m));
        }
        return out;
    }

    private static int[] permutation(int n, Random random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
