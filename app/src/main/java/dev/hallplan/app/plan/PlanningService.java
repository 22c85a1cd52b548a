package dev.hallplan.app.plan;

import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import java.util.function.Consumer;

/** What the plan panel needs from the engine: solve a scenario and report on the plan. Replaceable in tests. */
@FunctionalInterface
public interface PlanningService {
    /**
     * Solves {@code scenario} for at most {@code seconds} and builds its report; blocks.
     *
     * @param progress hears a line of text per new best plan (on the solving thread)
     */
    PlanReport solveAndReport(Project project, Scenario scenario, double seconds, Consumer<String> progress);
}
