package dev.hallplan.app.plan;

/**
 * One new best plan during a solve, as the score chart plots it.
 *
 * @param elapsedSeconds    since the solve started
 * @param softScore         the score's soft level (cost: higher is better), from {@link ScoreLevels}
 * @param servedShare       share of peak demand served (0..1)
 */
public record ScorePoint(double elapsedSeconds, String score, long softScore, boolean feasible, double servedShare) {
}
