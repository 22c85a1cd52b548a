package dev.hallplan.app.workloads;

import dev.hallplan.app.workspace.ItemRef;
import dev.hallplan.app.workspace.ProjectEdit;
import dev.hallplan.app.workspace.WorkspaceState;
import dev.hallplan.engine.project.Plan;
import dev.hallplan.engine.project.PreferredOption;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.Workload;
import java.util.ArrayList;
import java.util.List;

/**
 * The undoable edits of a scenario's workloads: add, duplicate, delete, change. Each refuses
 * (IllegalArgumentException) what would break the project: a taken id, an unknown workload. A
 * plan keeps its replicas when a workload changes (the report then says what no longer meets its
 * target); deleting a workload removes its replicas from the plan.
 */
public final class WorkloadEdits {
    private WorkloadEdits() {
    }

    /** "Add workload ID": {@code added} after the others; selects it. */
    public static ProjectEdit add(String scenarioName, Workload added) {
        return new ProjectEdit("Add workload " + added.id(), s -> {
            Scenario from = s.project().scenarioOrFirst(scenarioName);
            requireFreeId(from, added.id());
            List<Workload> list = new ArrayList<>(from.workloads());
            list.add(added);
            return selecting(s, from.withWorkloads(list), added.id());
        });
    }

    /** "Duplicate workload ID": a copy named {@code copyId} right after it; selects the copy. */
    public static ProjectEdit duplicate(String scenarioName, String workloadId, String copyId) {
        return new ProjectEdit("Duplicate workload " + workloadId, s -> {
            Scenario from = s.project().scenarioOrFirst(scenarioName);
            Workload source = require(from, workloadId);
            requireFreeId(from, copyId);
            WorkloadDraft d = new WorkloadDraft(source);
            d.id = copyId;
            d.name = source.name().equals(source.id()) ? copyId : source.name() + " (copy)";
            List<Workload> list = new ArrayList<>(from.workloads());
            list.add(list.indexOf(source) + 1, d.build());
            return selecting(s, from.withWorkloads(list), copyId);
        });
    }

    /** "Delete workload ID": removes it and its replicas; selects its neighbour. */
    public static ProjectEdit delete(String scenarioName, String workloadId) {
        return new ProjectEdit("Delete workload " + workloadId, s -> {
            Scenario from = s.project().scenarioOrFirst(scenarioName);
            Workload gone = require(from, workloadId);
            List<Workload> list = new ArrayList<>(from.workloads());
            int at = list.indexOf(gone);
            list.remove(at);
            Scenario without = from.withWorkloads(list);
            Plan p = from.plan();
            if (p != null) {
                without = without.withPlan(new Plan(p.source(), p.score(),
                        p.replicas().stream().filter(r -> !r.workloadId().equals(workloadId)).toList()));
            }
            return selecting(s, without, list.isEmpty() ? null : list.get(Math.max(0, at - 1)).id());
        });
    }

    /**
     * "{@code what} of ID" (e.g. "Edit SLO of chat-70b"): puts {@code changed} in place of the
     * workload {@code workloadId}; its id stays.
     */
    public static ProjectEdit change(String scenarioName, String workloadId, String what, Workload changed) {
        if (!changed.id().equals(workloadId)) {
            throw new IllegalArgumentException("a changed workload keeps its id " + workloadId);
        }
        return ProjectEdit.of(what + " of " + workloadId, p -> {
            Scenario from = p.scenarioOrFirst(scenarioName);
            Workload old = require(from, workloadId);
            return old.equals(changed) ? p
                    : p.withScenario(from.withWorkloads(from.workloads().stream().map(w -> w == old ? changed : w).toList()));
        });
    }

    /**
     * "Use OPTION as preferred option of ID" (null {@code option}: "Clear preferred option of ID"): one
     * step that sets the workload's preferred operating option, as the explorer's row action does.
     */
    public static ProjectEdit prefer(String scenarioName, String workloadId, PreferredOption option) {
        String what = option == null ? "Clear preferred option" : "Use " + option.label() + " as preferred option";
        return ProjectEdit.of(what + " of " + workloadId, p -> {
            Scenario from = p.scenarioOrFirst(scenarioName);
            Workload old = require(from, workloadId);
            Workload changed = old.withPreferred(option);
            return p.withScenario(from.withWorkloads(from.workloads().stream().map(w -> w == old ? changed : w).toList()));
        });
    }

    private static Workload require(Scenario s, String id) {
        return s.workload(id).orElseThrow(() -> new IllegalArgumentException("no workload " + id + " in " + s.name()));
    }

    private static void requireFreeId(Scenario s, String id) {
        if (s.workload(id).isPresent()) {
            throw new IllegalArgumentException("workload id " + id + " is taken in " + s.name());
        }
    }

    private static WorkspaceState selecting(WorkspaceState s, Scenario changed, String workloadId) {
        Project p = s.project().withScenario(changed);
        return new WorkspaceState(p, s.selection().withItems(workloadId == null ? List.of() : List.of(ItemRef.workload(workloadId))));
    }
}
