package dev.hallplan.engine.solver.bench;

import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.solver.PlannerService;
import dev.hallplan.engine.solver.SmallHalls;
import dev.hallplan.engine.solver.SolveOptions;
import dev.hallplan.engine.solver.SolveResult;
import dev.hallplan.engine.solver.SoftLowerBound;
import dev.hallplan.engine.solver.SolverProblemBuilder;
import dev.hallplan.engine.solver.SupplyOutlookSource;
import java.util.Locale;

/**
 * Time to first feasible plan and the score after a time limit on synthetic halls. Not a unit
 * test: run by hand (see docs/solver.md) with
 * {@code java -cp ... dev.hallplan.engine.solver.bench.SolverScaleBenchmark ACCELERATORS WORKLOADS SECONDS}.
 */
public final class SolverScaleBenchmark {
    private SolverScaleBenchmark() {
    }

    public static void main(String[] args) {
        int accelerators = Integer.parseInt(args[0]);
        int workloads = Integer.parseInt(args[1]);
        double seconds = Double.parseDouble(args[2]);
        Scenario s = SyntheticHalls.of(accelerators, workloads, 0.7);
        try (PlannerService service = new PlannerService(SmallHalls.catalog(), SmallHalls.options(),
                SupplyOutlookSource.constantPue(1.25))) {
            // 1. construction heuristic plus one local-search step: the first complete plan
            long start = System.nanoTime();
            SolveResult first = service.solve(s, new SolveOptions(0, 0, 1, false, 0));
            double firstSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "accelerators=%d workloads=%d firstPlan=%.1fs score=%s status=%s replicas=%d%n",
                    accelerators, workloads, firstSeconds, first.plan().score(), first.status(), first.plan().replicas().size());
            // 2. the same under a time limit
            start = System.nanoTime();
            SolveResult r = service.solve(s, new SolveOptions(seconds, 0, 0, false, 0));
            double total = (System.nanoTime() - start) / 1e9;
            long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            System.out.printf(Locale.ROOT, "accelerators=%d workloads=%d limit=%.0fs score=%s status=%s replicas=%d"
                    + " wall=%.1fs heapUsed=%dMB lowerBoundSoft=%d%n", accelerators, workloads, seconds, r.plan().score(),
                    r.status(), r.plan().replicas().size(), total, used >> 20, SoftLowerBound.softScore(
                    new SolverProblemBuilder(SmallHalls.catalog(), SmallHalls.options(), SupplyOutlookSource.constantPue(1.25)).build(s)));
        }
    }
}
