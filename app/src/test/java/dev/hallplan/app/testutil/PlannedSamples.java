package dev.hallplan.app.testutil;

import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.solver.SolveOptions;
import dev.hallplan.engine.usecase.ScenarioPlanning;
import dev.hallplan.samples.Samples;
import java.util.List;

/** The default sample with every scenario solved (reproducible, 30 steps), made once for all tests. */
public final class PlannedSamples {
    private static Project planned;

    private PlannedSamples() {
    }

    /** The default sample (H200, B200, MI325X), each scenario with a plan. */
    public static synchronized Project plannedDefault() {
        if (planned == null) {
            Project p = Samples.load("default");
            try (ScenarioPlanning planning = new ScenarioPlanning(TestEngine.sizing())) {
                for (Scenario s : List.copyOf(p.scenarios())) {
                    p = planning.solve(p, p.scenarioOrFirst(s.name()), SolveOptions.reproducibleSteps(30)).project();
                }
            }
            planned = p;
        }
        return planned;
    }
}
