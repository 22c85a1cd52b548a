package dev.hallplan.engine.project.file;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CoolingUnit;
import dev.hallplan.catalog.PowerEquipment.PowerKind;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.Plan;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.ReplicaPlacement;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.Workload;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks what a loaded project refers to: catalog ids, model ids, ids within and across halls,
 * U positions and row positions, plan references, and whether every workload has a hall it may
 * run in. Each problem carries the JSON path of the offending field in the current file format.
 */
public final class ProjectValidator {
    private final Catalog catalog;
    private final Predicate<String> knownModelId;
    private final List<ProjectProblem> problems = new ArrayList<>();

    private ProjectValidator(Catalog catalog, Predicate<String> knownModelId) {
        this.catalog = catalog;
        this.knownModelId = knownModelId;
    }

    /**
     * Every reference problem of {@code project}, errors and warnings, in file order; empty when valid.
     *
     * @param knownModelId true for model ids the model zoo (or the project) knows
     */
    public static List<ProjectProblem> validate(Project project, Catalog catalog, Predicate<String> knownModelId) {
        ProjectValidator v = new ProjectValidator(catalog, knownModelId);
        for (int s = 0; s < project.scenarios().size(); s++) {
            v.scenario(project.scenarios().get(s), JsonPaths.index("$.scenarios", s));
        }
        return List.copyOf(v.problems);
    }

    private void scenario(Scenario scenario, String path) {
        unique(scenario.halls().stream().map(Hall::id).toList(), path + ".halls", "id");
        unique(scenario.workloads().stream().map(Workload::id).toList(), path + ".workloads", "id");
        Map<String, Map<String, ServerModel>> serversByHall = new HashMap<>();
        for (int h = 0; h < scenario.halls().size(); h++) {
            Hall hall = scenario.halls().get(h);
            serversByHall.put(hall.id(), new HallChecks(catalog, problems).check(hall, JsonPaths.index(path + ".halls", h)));
        }
        for (int w = 0; w < scenario.workloads().size(); w++) {
            workload(scenario, scenario.workloads().get(w), JsonPaths.index(path + ".workloads", w));
        }
        if (scenario.plan() != null) {
            plan(scenario, scenario.plan(), serversByHall, path + ".plan");
        }
    }

    private void workload(Scenario scenario, Workload w, String path) {
        model(w.modelId(), path + ".modelId");
        for (int i = 0; i < w.substituteModelIds().size(); i++) {
            model(w.substituteModelIds().get(i), JsonPaths.index(path + ".substituteModelIds", i));
        }
        if (catalog.engine(w.engineId()).isEmpty()) {
            problems.add(new ProjectProblem(path + ".engineId", "unknown serving engine '" + w.engineId() + "'"));
        }
        boolean hosted = scenario.halls().stream().anyMatch(h -> w.mayRunIn(h.region(), h.compliance()));
        if (!hosted) {
            problems.add(ProjectProblem.warning(path + ".allowedRegions", "no hall satisfies regions " + sorted(w.allowedRegions())
                    + " and compliance " + sorted(w.requiredCompliance()) + "; the workload cannot be placed"));
        }
    }

    private void plan(Scenario scenario, Plan plan, Map<String, Map<String, ServerModel>> serversByHall, String path) {
        unique(plan.replicas().stream().map(ReplicaPlacement::id).toList(), path + ".replicas", "id");
        for (int i = 0; i < plan.replicas().size(); i++) {
            ReplicaPlacement r = plan.replicas().get(i);
            String rp = JsonPaths.index(path + ".replicas", i);
            if (scenario.workload(r.workloadId()).isEmpty()) {
                problems.add(new ProjectProblem(rp + ".workloadId", "unknown workload '" + r.workloadId() + "'"));
            }
            model(r.modelId(), rp + ".modelId");
            Map<String, ServerModel> servers = serversByHall.get(r.hallId());
            if (servers == null) {
                problems.add(new ProjectProblem(rp + ".hallId", "unknown hall '" + r.hallId() + "'"));
                continue;
            }
            ServerModel server = servers.get(r.serverId());
            if (server == null) {
                problems.add(new ProjectProblem(rp + ".serverId", "no server '" + r.serverId() + "' in hall '" + r.hallId() + "'"));
            } else if (r.acceleratorCount() > server.acceleratorCount()) {
                problems.add(new ProjectProblem(rp + ".acceleratorCount", r.acceleratorCount() + " accelerators, but server '"
                        + r.serverId() + "' (" + server.id() + ") has " + server.acceleratorCount()));
            }
        }
    }

    private void model(String modelId, String path) {
        if (!knownModelId.test(modelId)) {
            problems.add(new ProjectProblem(path, "unknown model '" + modelId + "'"));
        }
    }

    private void unique(List<String> ids, String listPath, String field) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i))) {
                problems.add(new ProjectProblem(JsonPaths.index(listPath, i) + "." + field, "duplicate " + field + " '" + ids.get(i) + "'"));
            }
        }
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }

    /** Whether a catalog cooling unit id names the expected kind; used by {@link HallChecks}. */
    static boolean isCooling(Catalog catalog, String id, Set<CoolingUnit.CoolingUnitKind> kinds) {
        return catalog.coolingUnit(id).map(u -> kinds.contains(u.kind())).orElse(false);
    }

    static boolean isPower(Catalog catalog, String id, PowerKind kind) {
        return catalog.powerEquipment(id).map(p -> p.kind() == kind).orElse(false);
    }
}
