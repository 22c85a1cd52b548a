package dev.hallplan.samples.bench;

import dev.hallplan.catalog.CatalogLoader;
import dev.hallplan.engine.perf.ModelZoo;
import dev.hallplan.engine.plan.EstimatorDeploymentOptions;
import dev.hallplan.engine.plan.FacilitySupplyOutlook;
import dev.hallplan.engine.plan.ReplicaSizing;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.solver.GreedyStart;
import dev.hallplan.engine.solver.SoftLowerBound;
import dev.hallplan.engine.solver.SolveOptions;
import dev.hallplan.engine.solver.SolverConfigs;
import dev.hallplan.engine.solver.SolverProblem;
import dev.hallplan.engine.solver.SolverProblemBuilder;
import dev.hallplan.engine.solver.domain.HallPlanSolution;
import dev.hallplan.engine.solver.domain.Placement;
import dev.hallplan.engine.solver.domain.ReplicaSlot;
import dev.hallplan.samples.HallGenerator;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.optaplanner.benchmark.api.PlannerBenchmarkFactory;
import org.optaplanner.benchmark.config.PlannerBenchmarkConfig;
import org.optaplanner.benchmark.config.ProblemBenchmarksConfig;
import org.optaplanner.benchmark.config.SolverBenchmarkConfig;
import org.optaplanner.benchmark.config.statistic.ProblemStatisticType;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * The OptaPlanner benchmarker on the hall generator's S (1,000 accelerators), M (16,000) and,
 * with {@code --large}, L (100,000) halls, solved with the configuration {@link dev.hallplan.engine.solver.PlannerService}
 * uses. The warm start runs as a custom phase so the benchmarker times it. Writes the HTML report
 * under {@code --out} (default {@code samples/target/solver-benchmark}) and prints, per hall, the
 * time to the first plan serving all demand, the best score at 10 s and at the limit, the soft
 * lower bound ({@link SoftLowerBound}) and the gap to it. Not a test: run by hand, see docs/solver.md.
 *
 * <p>Arguments: {@code [--large] [--seconds N (60)] [--seed S (7)] [--out DIR] [--sizes 1000,16000]}.
 */
public final class SolverBenchmark {
    private SolverBenchmark() {
    }

    public static void main(String[] args) {
        Map<String, String> opts = parse(args);
        long seconds = Long.parseLong(opts.getOrDefault("seconds", "60"));
        long seed = Long.parseLong(opts.getOrDefault("seed", "7"));
        File out = new File(opts.getOrDefault("out", "samples/target/solver-benchmark"));
        String sizes = opts.getOrDefault("sizes", opts.containsKey("large") ? "1000,16000,100000" : "1000,16000");

        ReplicaSizing sizing = new ReplicaSizing(CatalogLoader.builtIn(), ModelZoo.builtIn());
        SolverProblemBuilder builder = new SolverProblemBuilder(sizing.catalog(), new EstimatorDeploymentOptions(sizing),
                new FacilitySupplyOutlook(sizing.catalog()));
        HallGenerator generator = new HallGenerator(sizing);
        Map<String, Long> bounds = new LinkedHashMap<>();
        List<HallPlanSolution> problems = new ArrayList<>();
        for (String size : sizes.split(",")) {
            int accelerators = Integer.parseInt(size.trim());
            Scenario scenario = generator.generate(accelerators, seed).scenarios().get(0);
            long start = System.nanoTime();
            SolverProblem problem = builder.build(scenario);
            double buildSeconds = (System.nanoTime() - start) / 1e9;
            problems.add(problem.solution());
            long bound = SoftLowerBound.softScore(problem);
            bounds.put(problemName(problems.size() - 1), bound);
            System.out.printf(Locale.ROOT, "%s: %d accelerators, %d servers, %d workloads, %d slots, problem built in %.1f s,"
                    + " soft lower bound %d%n", problemName(problems.size() - 1), accelerators, problem.solution().getServers().size(),
                    problem.solution().getWorkloads().size(), problem.solution().getSlots().size(), buildSeconds, bound);
        }

        PlannerBenchmarkConfig config = new PlannerBenchmarkConfig()
                .withName("HallPlan solver on generated halls (seed " + seed + " - " + seconds + " s)")
                .withBenchmarkDirectory(out)
                .withParallelBenchmarkCount("1")
                .withWarmUpSecondsSpentLimit(0L) // cold, as the CLI runs it
                .withSolverBenchmarkConfigs(new SolverBenchmarkConfig()
                        .withName("warm start then late acceptance")
                        .withSolverConfig(benchmarkedConfig(seconds))
                        .withProblemBenchmarksConfig(new ProblemBenchmarksConfig()
                                .withProblemStatisticTypes(ProblemStatisticType.BEST_SCORE)));
        HeapSampler heap = HeapSampler.start();
        PlannerBenchmarkFactory.create(config).buildPlannerBenchmark(problems.toArray()).benchmark();
        Path run = newestRun(out.toPath());
        System.out.println("report: " + run.resolve("index.html"));
        BenchmarkSummary.print(run, bounds);
        System.out.printf(Locale.ROOT, "max heap used while benchmarking (sampled every 100 ms, garbage included): %d MB%n",
                heap.stop() >> 20);
    }

    /** {@code --name value} pairs; {@code --large} alone. Unknown flags are rejected. */
    static Map<String, String> parse(String[] args) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].replaceFirst("^--", "");
            if (name.equals("large")) {
                opts.put(name, "true");
            } else if (List.of("seconds", "seed", "out", "sizes").contains(name) && i + 1 < args.length) {
                opts.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("unknown or incomplete argument " + args[i]
                        + "; use [--large] [--seconds N] [--seed S] [--out DIR] [--sizes 1000,16000]");
            }
        }
        return opts;
    }

    /** The benchmarker writes each run into a new timestamped directory: the newest one is ours. */
    static Path newestRun(Path out) {
        try (Stream<Path> runs = Files.list(out)) {
            return runs.filter(Files::isDirectory).max(Comparator.comparing(Path::toString))
                    .orElseThrow(() -> new IllegalStateException("no benchmark run in " + out));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Problem names as the benchmarker gives instance problems, in input order. */
    static String problemName(int index) {
        return "Problem_" + index;
    }

    /** {@link SolverConfigs#of} for a time-limited solve, with the warm start as a first (custom) phase. */
    static SolverConfig benchmarkedConfig(long seconds) {
        SolverConfig config = SolverConfigs.of(new SolveOptions(seconds, 0, 0, false, 0));
        List<PhaseConfig> phases = new ArrayList<>();
        phases.add(new CustomPhaseConfig().withCustomPhaseCommands(new WarmStart()));
        phases.addAll(config.getPhaseConfigList());
        return config.withPhaseList(phases);
    }

    /** {@link GreedyStart} on the working solution, each placement then replayed through the score director. */
    static final class WarmStart implements CustomPhaseCommand<HallPlanSolution> {
        @Override
        public void changeWorkingSolution(ScoreDirector<HallPlanSolution> director) {
            HallPlanSolution solution = director.getWorkingSolution();
            GreedyStart.apply(solution);
            for (ReplicaSlot slot : solution.getSlots()) {
                Placement placement = slot.getPlacement();
                if (placement != null) {
                    slot.setPlacement(null);
                    director.beforeVariableChanged(slot, "placement");
                    slot.setPlacement(placement);
                    director.afterVariableChanged(slot, "placement");
                }
            }
            director.triggerVariableListeners();
        }
    }
}
