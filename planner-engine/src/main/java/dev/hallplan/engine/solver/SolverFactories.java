package dev.hallplan.engine.solver;

import dev.hallplan.engine.solver.domain.HallPlanSolution;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * One OptaPlanner {@link SolverFactory} (and {@link SolutionManager}) per kind of solve, made once
 * per process: making one costs about a second on a busy machine, which a time limit of a few
 * seconds cannot afford per solve. Time limits are not part of the factory's configuration;
 * {@link PlannerService} ends time-limited solves itself, counting from the start of the request.
 */
final class SolverFactories {
    /** Beyond this many kinds (random seeds, step limits) factories are made per solve instead of kept. */
    private static final int MAX_KEPT = 32;
    private static final Map<List<Object>, Entry> KEPT = new ConcurrentHashMap<>();

    record Entry(SolverFactory<HallPlanSolution> factory, SolutionManager<HallPlanSolution, HardMediumSoftLongScore> manager) {
    }

    private SolverFactories() {
    }

    /** The factory for {@code options} without their time limits (its step limit, mode and seed kept). */
    static Entry forOptions(SolveOptions options) {
        List<Object> key = List.of(options.localSearchStepLimit(), options.reproducible(), options.randomSeed());
        Entry kept = KEPT.get(key);
        if (kept != null) {
            return kept;
        }
        SolverFactory<HallPlanSolution> factory = SolverFactory.create(SolverConfigs.withoutTimeLimits(options));
        Entry made = new Entry(factory, SolutionManager.create(factory));
        if (KEPT.size() < MAX_KEPT) {
            KEPT.putIfAbsent(key, made);
        }
        return made;
    }
}
