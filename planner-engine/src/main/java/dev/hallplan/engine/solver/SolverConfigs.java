package dev.hallplan.engine.solver;

import dev.hallplan.engine.solver.domain.HallPlanSolution;
import dev.hallplan.engine.solver.domain.ReplicaSlot;
import dev.hallplan.engine.solver.score.HallPlanConstraintProvider;
import java.util.List;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * The one OptaPlanner configuration, built in code from {@link SolveOptions}. Public for the
 * benchmarks (samples test scope) only; the app and CLI go through {@link PlannerService}.
 */
public final class SolverConfigs {
    private SolverConfigs() {
    }

    /** The configuration with all of {@code options}' limits: local search only, after {@link GreedyStart} (the benchmarks). */
    public static SolverConfig of(SolveOptions options) {
        TerminationConfig termination = new TerminationConfig();
        if (options.secondsLimit() > 0) {
            termination.setMillisecondsSpentLimit(Math.round(options.secondsLimit() * 1000));
        }
        if (options.unimprovedSecondsLimit() > 0) {
            termination.setUnimprovedMillisecondsSpentLimit(Math.round(options.unimprovedSecondsLimit() * 1000));
        }
        return config(options, termination);
    }

    /**
     * The configuration {@link PlannerService} solves with: {@link #of} without the time limits, which
     * the service enforces itself from the moment a solve is requested (problem building included).
     */
    static SolverConfig withoutTimeLimits(SolveOptions options) {
        return config(options, new TerminationConfig());
    }

    private static SolverConfig config(SolveOptions options, TerminationConfig termination) {
        LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig();
        if (options.localSearchStepLimit() > 0) {
            // or a budget of move evaluations: a step ends only on an accepted move, and where no
            // move is acceptable the evaluation count (deterministic, unlike time) ends the step
            localSearch.setTerminationConfig(new TerminationConfig().withStepCountLimit(options.localSearchStepLimit())
                    .withScoreCalculationCountLimit((long) options.localSearchStepLimit() * SolveOptions.EVALUATIONS_PER_STEP));
        }
        return new SolverConfig()
                .withSolutionClass(HallPlanSolution.class)
                .withEntityClasses(ReplicaSlot.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(HallPlanConstraintProvider.class)
                        // Bavet: several times faster than the Drools streams here (see docs/solver.md)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
                .withEnvironmentMode(options.reproducible() ? EnvironmentMode.REPRODUCIBLE : EnvironmentMode.NON_REPRODUCIBLE)
                .withRandomSeed(options.randomSeed())
                .withTerminationConfig(termination)
                .withPhases(localSearch); // the warm start (GreedyStart) replaces the construction heuristic
    }
}
