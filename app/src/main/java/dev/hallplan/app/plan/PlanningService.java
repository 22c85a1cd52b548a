package dev.hallplan.app.plan;

import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.kpi.PlanYear;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.solver.SolveProgress;
import dev.hallplan.engine.usecase.PlannedScenario;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** What the desktop needs from the engine's "solve, then report" use case. Replaceable in tests. */
public interface PlanningService {
    /** A solve under way. */
    interface Run {
        /** Asks the solver to stop; the result then holds the best plan so far. */
        void stop();

        /** The planned scenario with its report, or the failure. */
        CompletableFuture<PlannedScenario> result();
    }

    /**
     * Starts solving {@code scenario} for at most {@code seconds}. Sets the problem up before it
     * returns (seconds for the largest halls): call it off the UI thread.
     *
     * @param progress hears of every new best plan, on the solving thread
     * @throws IllegalArgumentException when the scenario cannot be solved as it stands
     */
    Run start(Project project, Scenario scenario, double seconds, Consumer<SolveProgress> progress);

    /** The report on {@code scenario} with its own plan; blocks (call off the UI thread). */
    PlanReport report(Project project, Scenario scenario);

    /** The report with the hourly year of each hall it was summed from; blocks (call off the UI thread). */
    default PlanYear simulate(Project project, Scenario scenario) {
        throw new UnsupportedOperationException("this planning service does not simulate years");
    }
}
