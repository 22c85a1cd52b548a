package dev.hallplan.engine.solver;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.solver.domain.HallPlanSolution;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * The one door to the solver for the app and the CLI: start a solve of a scenario, follow its
 * progress, stop it, get a {@link SolveResult}. No OptaPlanner type crosses this API.
 * Solves run on the service's own daemon threads; progress events arrive on the solving thread.
 */
public final class PlannerService implements AutoCloseable {
    private final SolverProblemBuilder builder;
    private final Catalog catalog;
    private final DeploymentOptionSource options;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hallplan-solver");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param catalog  hardware the scenario's ids refer to
     * @param options  operating points per workload and server model (bound to the estimator)
     * @param supply   PUE and on-site supply per hall (bound to the facility and energy models)
     */
    public PlannerService(Catalog catalog, DeploymentOptionSource options, SupplyOutlookSource supply) {
        this.builder = new SolverProblemBuilder(Objects.requireNonNull(catalog), Objects.requireNonNull(options),
                Objects.requireNonNull(supply));
        this.catalog = catalog;
        this.options = options;
    }

    /**
     * Starts solving {@code scenario}. Broken input throws {@link IllegalArgumentException} here,
     * before anything runs. {@code listener} (nullable) hears of every new best plan.
     */
    public SolveJob start(Scenario scenario, SolveOptions options, Consumer<SolveProgress> listener) {
        SolverProblem problem = builder.build(scenario);
        SolverFactory<HallPlanSolution> factory = SolverFactory.create(SolverConfigs.of(options));
        Solver<HallPlanSolution> solver = factory.buildSolver();
        long startNanos = System.nanoTime();
        if (listener != null) {
            solver.addEventListener(event -> listener.accept(progress(event.getNewBestSolution(), startNanos, options)));
        }
        AtomicBoolean stopRequested = new AtomicBoolean();
        CompletableFuture<SolveResult> result = CompletableFuture.supplyAsync(() -> {
            // with no slot there is nothing to decide (and local search would find no move)
            boolean nothingToDo = problem.solution().getSlots().isEmpty() || stopRequested.get();
            GreedyStart.apply(problem.solution());
            HallPlanSolution best = nothingToDo ? problem.solution() : solver.solve(problem.solution());
            SolveResult solved = ResultAssembler.assemble(problem, SolutionManager.<HallPlanSolution, HardMediumSoftLongScore>create(factory).explain(best));
            if (listener != null) {
                // OptaPlanner reports new bests from local search only; always report the final one
                listener.accept(progress(best, startNanos, options));
            }
            return solved;
        }, executor);
        return new SolveJob(result, () -> {
            stopRequested.set(true);
            // terminateEarly() is lost if it comes just before solve() starts, so repeat it until the job ends
            executor.execute(() -> {
                while (!result.isDone()) {
                    solver.terminateEarly();
                    try {
                        result.get(10, TimeUnit.MILLISECONDS);
                    } catch (Exception stillRunningOrFailed) {
                        // keep asking until it is done
                    }
                }
            });
        });
    }

    private static SolveProgress progress(HallPlanSolution best, long startNanos, SolveOptions options) {
        HardMediumSoftLongScore score = best.getScore();
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        double fraction = options.secondsLimit() > 0 ? Math.min(1, elapsed / options.secondsLimit()) : Double.NaN;
        return new SolveProgress(String.valueOf(score), score != null && score.isFeasible(),
                ResultAssembler.totalServedShare(best), elapsed, fraction);
    }

    /**
     * Scores the scenario's own plan (made by hand or edited) with the solver's rules, without
     * changing it: the violation list says what breaks, with the messages a solve gives. A replica
     * that cannot run as planned (unknown workload or server, a point that does not fit or misses
     * its latency target) is a hard violation. Throws {@link IllegalArgumentException} when the
     * scenario has no plan or is broken input.
     */
    public SolveResult evaluate(Scenario scenario) {
        return PlanScorer.evaluate(builder.build(scenario), scenario, options, catalog);
    }

    /**
     * Writes the flattened problem the solver sees for {@code scenario} as JSON (format in
     * docs/solver.md, "The problem as JSON"). Broken input throws {@link IllegalArgumentException}.
     */
    public void writeProblem(Scenario scenario, java.io.OutputStream out) throws java.io.IOException {
        ProblemJson.write(builder.build(scenario), scenario, out);
    }

    /** Solves and waits: a convenience for the CLI and tests. */
    public SolveResult solve(Scenario scenario, SolveOptions options) {
        return start(scenario, options, null).await();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
