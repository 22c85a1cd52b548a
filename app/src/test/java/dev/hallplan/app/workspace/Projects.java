package dev.hallplan.app.workspace;

import dev.hallplan.app.testutil.TestHalls;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import java.util.List;
import java.util.Map;

/** Small projects for view-model tests. */
public final class Projects {
    private Projects() {
    }

    /** Two scenarios, "A" and "B", each with the two-row test hall. */
    public static Project twoScenarios() {
        return new Project(1, "Test project", "", List.of(scenario("A"), scenario("B")));
    }

    public static Scenario scenario(String name) {
        return new Scenario(name, "", List.of(TestHalls.twoRows()), List.of(), null, null, null, Map.of());
    }
}
