package dev.hallplan.app.workspace;

import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import java.util.List;

/**
 * What the user is looking at: a scenario (by name), a hall of it (by id) and the items selected
 * in it. Every view follows it; edits carry it so that undo brings back what was selected.
 *
 * @param scenarioName nullable: no project or no scenario
 * @param hallId       nullable: the scenario has no hall
 * @param items        selected halls, rows, racks or workloads, in selection order
 */
public record Selection(String scenarioName, String hallId, List<ItemRef> items) {
    /** Nothing selected. */
    public static final Selection NONE = new Selection(null, null, List.of());

    public Selection {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** Scenario {@code name}, its first hall, no items. */
    public Selection withScenario(String name) {
        return new Selection(name, null, List.of());
    }

    /** Hall {@code id} of the same scenario, no items. */
    public Selection withHall(String id) {
        return new Selection(scenarioName, id, List.of());
    }

    public Selection withItems(List<ItemRef> selected) {
        return new Selection(scenarioName, hallId, selected);
    }

    /**
     * This selection made valid for {@code project}: a scenario that is gone falls back to the
     * first, a hall that is gone to the scenario's first hall, items that are gone are dropped.
     */
    public Selection within(Project project) {
        if (project == null || project.scenarios().isEmpty()) {
            return NONE;
        }
        Scenario scenario = scenarioName == null ? project.scenarios().get(0)
                : project.scenario(scenarioName).orElse(project.scenarios().get(0));
        String hall = hallId != null && scenario.hall(hallId).isPresent() ? hallId
                : scenario.halls().stream().findFirst().map(Hall::id).orElse(null);
        List<ItemRef> kept = items.stream().filter(i -> i.existsIn(scenario)).toList();
        Selection valid = new Selection(scenario.name(), hall, kept);
        return valid.equals(this) ? this : valid;
    }
}
