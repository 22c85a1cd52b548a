package dev.hallplan.engine.project;

import java.util.List;
import java.util.Optional;

/**
 * A HallPlan project: one or more scenarios serving the same demand differently.
 *
 * @param formatVersion the file format version this project was read as (see {@link #CURRENT_FORMAT_VERSION})
 */
public record Project(int formatVersion, String name, String description, List<Scenario> scenarios) {
    public static final int CURRENT_FORMAT_VERSION = 1;

    public Project {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("project name must not be blank");
        }
        Checks.singleLine("project name", name);
        description = description == null ? "" : description;
        scenarios = Checks.list(scenarios);
    }

    public Optional<Scenario> scenario(String scenarioName) {
        return scenarios.stream().filter(s -> s.name().equals(scenarioName)).findFirst();
    }

    /** The named scenario, or the first when {@code scenarioName} is null. */
    public Scenario scenarioOrFirst(String scenarioName) {
        if (scenarioName == null) {
            return scenarios.stream().findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("project '" + name + "' has no scenario"));
        }
        return scenario(scenarioName).orElseThrow(() -> new IllegalArgumentException(
                "no scenario '" + scenarioName + "' in project '" + name + "'; scenarios: "
                        + scenarios.stream().map(Scenario::name).toList()));
    }

    /** This project with the scenario of the same name replaced by {@code scenario}. */
    public Project withScenario(Scenario scenario) {
        if (scenario(scenario.name()).isEmpty()) {
            throw new IllegalArgumentException("no scenario '" + scenario.name() + "' in project '" + name + "'");
        }
        return new Project(formatVersion, name, description,
                scenarios.stream().map(s -> s.name().equals(scenario.name()) ? scenario : s).toList());
    }
}
