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

/**
 * Checks a loaded project as a whole: what it refers to (catalog ids, model ids and their context
 * lengths, constraint names, user regions), ids within and across halls, U positions and row
 * positions, plan references, whether every workload has a hall it may run in, and every number
 * against its documented range ({@link FieldRanges}). Each problem carries the JSON path of the
 * offending field in the current file format.
 */
public final class ProjectValidator {
    private final ProjectReferences refs;
    private final Catalog catalog;
    private final List<ProjectProblem> problems = new ArrayList<>();

    private ProjectValidator(ProjectReferences refs) {
        this.refs = refs;
        this.catalog = refs.catalog();
    }

    /** Every problem of {@code project}, errors and warnings, scenario by scenario in file order, then the ranges; empty when valid. */
    public static List<ProjectProblem> validate(Project project, ProjectReferences refs) {
        ProjectValidator v = new ProjectValidator(refs);
        for (int s = 0; s < project.scenarios().size(); s++) {
            v.scenario(project.scenarios().get(s), JsonPaths.index("$.scenarios", s));
        }
        Plausibility.check(project, v.problems);
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
        WorkloadChecks workloads = new WorkloadChecks(refs, problems);
        for (int w = 0; w < scenario.workloads().size(); w++) {
            workloads.check(scenario, scenario.workloads().get(w), JsonPaths.index(path + ".workloads", w));
        }
        if (scenario.plan() != null) {
            plan(scenario, scenario.plan(), serversByHall, path + ".plan");
        }
        for (String name : new java.util.TreeSet<>(scenario.constraintWeights().keySet())) {
            if (!refs.constraintNames().contains(name)) {
                problems.add(new ProjectProblem(JsonPaths.field(path + ".constraintWeights", name), "unknown constraint '" + name
                        + "'; constraints: " + String.join(", ", refs.constraintNames())));
            }
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
            } else {
                powerCap(r, server, rp);
            }
        }
    }

    /** A replica's power cap lies above its accelerator's idle power and at most at its TDP. */
    private void powerCap(ReplicaPlacement r, ServerModel server, String path) {
        Double cap = r.acceleratorPowerCapWatts();
        catalog.accelerator(server.acceleratorId()).ifPresent(a -> {
            if (cap != null && !(cap > a.idleWatts() && cap <= a.tdpWatts())) {
                problems.add(new ProjectProblem(path + ".acceleratorPowerCapWatts", "power cap " + cap + " W must lie above "
                        + a.id() + "'s idle power " + a.idleWatts() + " W and at most at its TDP " + a.tdpWatts() + " W"));
            }
        });
    }

    private void model(String modelId, String path) {
        if (!refs.knownModelId().test(modelId)) {
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

    /** Whether a catalog cooling unit id names the expected kind; used by {@link HallChecks}. */
    static boolean isCooling(Catalog catalog, String id, Set<CoolingUnit.CoolingUnitKind> kinds) {
        return catalog.coolingUnit(id).map(u -> kinds.contains(u.kind())).orElse(false);
    }

    static boolean isPower(Catalog catalog, String id, PowerKind kind) {
        return catalog.powerEquipment(id).map(p -> p.kind() == kind).orElse(false);
    }
}
