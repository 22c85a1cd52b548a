package dev.hallplan.app.workspace;

import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;

/** Edits of the project as a whole and of a hall's identity; scenario edits are in {@code app.scenarios}. */
public final class ProjectEdits {
    private ProjectEdits() {
    }

    /** "Rename project": refuses a blank name. */
    public static ProjectEdit renameProject(String newName) {
        String name = requireName(newName, "project");
        return ProjectEdit.of("Rename project", p -> name.equals(p.name()) ? p
                : new Project(p.formatVersion(), name, p.description(), p.scenarios()));
    }

    /** "Rename hall ID": changes the hall's display name in {@code scenarioName}; its id stays. */
    public static ProjectEdit renameHall(String scenarioName, String hallId, String newName) {
        String name = requireName(newName, "hall");
        return ProjectEdit.of("Rename hall " + hallId, p -> {
            Scenario s = p.scenarioOrFirst(scenarioName);
            Hall h = s.hall(hallId).orElseThrow(() -> new IllegalArgumentException("no hall " + hallId));
            if (name.equals(h.name())) {
                return p;
            }
            Hall renamed = new Hall(h.id(), name, h.facilityType(), h.region(), h.compliance(), h.climate(),
                    h.powerChain(), h.coolingPlant(), h.supply(), h.userRttSeconds(), h.rows(), h.floor());
            return p.withScenario(s.withHalls(s.halls().stream().map(x -> x == h ? renamed : x).toList()));
        });
    }

    /**
     * An edit named {@code name} that puts {@code replacement} (e.g. {@code expected} with a plan)
     * in place of {@code expected}. It refuses (IllegalArgumentException) when the project's
     * scenario of that name is no longer {@code expected} itself, i.e. it was edited meanwhile.
     */
    public static ProjectEdit replaceScenario(String name, Scenario expected, Scenario replacement) {
        if (!expected.name().equals(replacement.name())) {
            throw new IllegalArgumentException("a replacement keeps the scenario's name");
        }
        return ProjectEdit.of(name, p -> {
            if (p.scenario(expected.name()).orElse(null) != expected) {
                throw new IllegalArgumentException("scenario " + expected.name() + " changed meanwhile");
            }
            return p.withScenario(replacement);
        });
    }

    static String requireName(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a " + what + " name must not be blank");
        }
        return name.strip();
    }
}
