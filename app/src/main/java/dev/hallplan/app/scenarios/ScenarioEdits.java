package dev.hallplan.app.scenarios;

import dev.hallplan.app.workspace.ProjectEdit;
import dev.hallplan.app.workspace.Selection;
import dev.hallplan.app.workspace.WorkspaceState;
import dev.hallplan.engine.project.FinancialAssumptions;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The undoable edits of a project's scenarios: add, duplicate, rename, delete, reorder, financials, weights. */
public final class ScenarioEdits {
    private ScenarioEdits() {
    }

    /**
     * "Add scenario": a new scenario after the others, serving the same demand as {@code template}
     * (its workloads; none when null) with no halls and no plan yet; selects it.
     */
    public static ProjectEdit add(String name, Scenario template) {
        Scenario added = new Scenario(requireName(name), "", List.of(),
                template == null ? List.of() : template.workloads(), null, null, null, Map.of());
        return new ProjectEdit("Add scenario " + added.name(), s -> {
            List<Scenario> list = new ArrayList<>(s.project().scenarios());
            list.add(added);
            return select(s, with(s.project(), list), added.name());
        });
    }

    /** "Duplicate scenario": a what-if copy of {@code source} (halls, workloads, plan, settings) right after it; selects it. */
    public static ProjectEdit duplicate(String source, String copyName) {
        String name = requireName(copyName);
        return new ProjectEdit("Duplicate scenario " + source, s -> {
            Scenario from = s.project().scenarioOrFirst(source);
            Scenario copy = new Scenario(name, from.description(), from.halls(), from.workloads(), from.plan(),
                    from.simulation(), from.financials(), from.constraintWeights());
            List<Scenario> list = new ArrayList<>(s.project().scenarios());
            list.add(list.indexOf(from) + 1, copy);
            return select(s, with(s.project(), list), name);
        });
    }

    /** "Rename scenario": refuses a blank or taken name; the selection follows the scenario. */
    public static ProjectEdit rename(String oldName, String newName) {
        String name = requireName(newName);
        return new ProjectEdit("Rename scenario " + oldName, s -> {
            Scenario from = s.project().scenarioOrFirst(oldName);
            if (name.equals(oldName)) {
                return s;
            }
            Scenario renamed = new Scenario(name, from.description(), from.halls(), from.workloads(), from.plan(),
                    from.simulation(), from.financials(), from.constraintWeights());
            Project p = with(s.project(), s.project().scenarios().stream().map(x -> x == from ? renamed : x).toList());
            Selection sel = s.selection();
            return new WorkspaceState(p, oldName.equals(sel.scenarioName())
                    ? new Selection(name, sel.hallId(), sel.items()) : sel);
        });
    }

    /** "Delete scenario": refuses to delete the last one; selects its neighbour. */
    public static ProjectEdit delete(String name) {
        return new ProjectEdit("Delete scenario " + name, s -> {
            Scenario gone = s.project().scenarioOrFirst(name);
            List<Scenario> list = new ArrayList<>(s.project().scenarios());
            if (list.size() == 1) {
                throw new IllegalArgumentException("a project keeps at least one scenario");
            }
            int at = list.indexOf(gone);
            list.remove(at);
            return select(s, with(s.project(), list), list.get(Math.max(0, at - 1)).name());
        });
    }

    /** "Move scenario X up/down": {@code delta} places towards the end (negative: towards the start). */
    public static ProjectEdit move(String name, int delta) {
        return new ProjectEdit("Move scenario " + name + (delta < 0 ? " up" : " down"), s -> {
            List<Scenario> list = new ArrayList<>(s.project().scenarios());
            Scenario moved = s.project().scenarioOrFirst(name);
            int to = Math.max(0, Math.min(list.size() - 1, list.indexOf(moved) + delta));
            list.remove(moved);
            list.add(to, moved);
            return new WorkspaceState(with(s.project(), list), s.selection());
        });
    }

    /** "Edit financials of X". */
    public static ProjectEdit setFinancials(String name, FinancialAssumptions financials) {
        return ProjectEdit.of("Edit financials of " + name, p -> {
            Scenario from = p.scenarioOrFirst(name);
            return p.withScenario(new Scenario(from.name(), from.description(), from.halls(), from.workloads(),
                    from.plan(), from.simulation(), financials, from.constraintWeights()));
        });
    }

    /** "Edit description of X". */
    public static ProjectEdit setDescription(String name, String description) {
        return ProjectEdit.of("Edit description of " + name, p -> {
            Scenario from = p.scenarioOrFirst(name);
            return description.equals(from.description()) ? p : p.withScenario(new Scenario(from.name(), description,
                    from.halls(), from.workloads(), from.plan(), from.simulation(), from.financials(), from.constraintWeights()));
        });
    }

    /**
     * "Set weight of CONSTRAINT": the solver's weight multiplier for one constraint in scenario
     * {@code name}; null restores the default. Refuses negative or non-finite multipliers.
     */
    public static ProjectEdit setConstraintWeight(String name, String constraint, Double multiplier) {
        if (multiplier != null && (!Double.isFinite(multiplier) || multiplier < 0)) {
            throw new IllegalArgumentException("a weight multiplier must be 0 or more, was " + multiplier);
        }
        return ProjectEdit.of("Set weight of " + constraint, p -> {
            Scenario from = p.scenarioOrFirst(name);
            Map<String, Double> weights = new HashMap<>(from.constraintWeights());
            if (multiplier == null) {
                weights.remove(constraint);
            } else {
                weights.put(constraint, multiplier);
            }
            return weights.equals(from.constraintWeights()) ? p : p.withScenario(new Scenario(from.name(), from.description(),
                    from.halls(), from.workloads(), from.plan(), from.simulation(), from.financials(), weights));
        });
    }

    /** {@code base} if no scenario has that name, else "base 2", "base 3", ... */
    public static String freeName(Project project, String base) {
        if (project.scenario(base).isEmpty()) {
            return base;
        }
        int n = 2;
        while (project.scenario(base + " " + n).isPresent()) {
            n++;
        }
        return base + " " + n;
    }

    private static WorkspaceState select(WorkspaceState before, Project after, String scenarioName) {
        return new WorkspaceState(after, before.selection().withScenario(scenarioName));
    }

    private static Project with(Project p, List<Scenario> scenarios) {
        Map<String, Long> counts = new HashMap<>();
        scenarios.forEach(s -> counts.merge(s.name(), 1L, Long::sum));
        counts.forEach((n, c) -> {
            if (c > 1) {
                throw new IllegalArgumentException("there is already a scenario named '" + n + "'");
            }
        });
        return new Project(p.formatVersion(), p.name(), p.description(), scenarios);
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a scenario name must not be blank");
        }
        return name.strip();
    }
}
