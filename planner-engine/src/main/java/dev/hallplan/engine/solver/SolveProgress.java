package dev.hallplan.engine.solver;

/**
 * A new best plan was found during a solve.
 *
 * @param score                 the score as text, e.g. "0hard/-12000medium/-3400000soft"
 * @param feasible              no hard constraint broken
 * @param demandServedShare     share of all workloads' peak demand the best plan serves (0..1)
 * @param elapsedSeconds        wall time since the solve started
 * @param timeFraction          elapsed share of the time limit (0..1), NaN without a time limit
 */
public record SolveProgress(String score, boolean feasible, double demandServedShare, double elapsedSeconds,
        double timeFraction) {
}
