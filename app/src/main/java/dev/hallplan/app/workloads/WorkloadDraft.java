package dev.hallplan.app.workloads;

import dev.hallplan.catalog.Precision;
import dev.hallplan.engine.project.Demand;
import dev.hallplan.engine.project.IsolationLevel;
import dev.hallplan.engine.project.LatencySlo;
import dev.hallplan.engine.project.PreferredOption;
import dev.hallplan.engine.project.RequestShape;
import dev.hallplan.engine.project.Workload;
import java.util.List;
import java.util.Set;

/**
 * A workload's fields, changeable one at a time; {@link #build()} makes the record again, whose
 * compact constructor (and those of its parts) refuses invalid values with the reason.
 */
final class WorkloadDraft {
    String id;
    String name;
    String modelId;
    String engineId;
    List<String> substituteModelIds;
    Demand demand;
    RequestShape requestShape;
    LatencySlo slo;
    Set<String> allowedRegions;
    Set<String> requiredCompliance;
    String tenant;
    IsolationLevel isolation;
    Precision minPrecision;
    int priority;
    double deferrableShare;
    String userRegion;
    PreferredOption preferred;

    WorkloadDraft(Workload w) {
        id = w.id();
        name = w.name();
        modelId = w.modelId();
        engineId = w.engineId();
        substituteModelIds = w.substituteModelIds();
        demand = w.demand();
        requestShape = w.requestShape();
        slo = w.slo();
        allowedRegions = w.allowedRegions();
        requiredCompliance = w.requiredCompliance();
        tenant = w.tenant();
        isolation = w.isolation();
        minPrecision = w.minPrecision();
        priority = w.priority();
        deferrableShare = w.deferrableShare();
        userRegion = w.userRegion();
        preferred = w.preferred();
    }

    Workload build() {
        return new Workload(id, name, modelId, engineId, substituteModelIds, demand, requestShape, slo, allowedRegions,
                requiredCompliance, tenant, isolation, minPrecision, priority, deferrableShare, userRegion, preferred);
    }
}
