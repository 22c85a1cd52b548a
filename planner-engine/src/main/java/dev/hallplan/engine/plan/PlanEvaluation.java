package dev.hallplan.engine.plan;

import dev.hallplan.engine.facility.EquipmentDraw;
import dev.hallplan.engine.facility.IdleServers;
import dev.hallplan.engine.facility.ServerLoad;
import dev.hallplan.engine.project.Scenario;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario's plan run through the estimator: every replica's capacity and power, each
 * workload's capacity, and each server's draw at planned full load. Problems (a replica naming a
 * server that does not exist, an operating point that does not fit) are listed, not thrown.
 * Replicas that miss their SLO serve nothing and are not run: they draw nothing and do not keep
 * their server on.
 */
public record PlanEvaluation(Scenario scenario, ServerIndex servers, List<EvaluatedReplica> replicas,
                             List<String> problems) {

    public PlanEvaluation {
        replicas = List.copyOf(replicas);
        problems = List.copyOf(problems);
    }

    /** Capacity within the SLO per workload id, requests (or queries) per second; 0 for workloads without replicas. */
    public Map<String, Double> capacityByWorkload() {
        Map<String, Double> capacity = new LinkedHashMap<>();
        scenario.workloads().forEach(w -> capacity.put(w.id(), 0.0));
        replicas.forEach(r -> capacity.merge(r.workload().id(), r.capacityRequestsPerSecond(), Double::sum));
        return capacity;
    }

    /**
     * Each server's draw in hall {@code hallId} when every replica serves at capacity ("planned
     * full load"), by {@link EquipmentDraw#serverWatts}: idle power when it hosts a replica that
     * meets its SLO (or whenever unused servers stay on), plus its replicas' increments.
     */
    public ServerLoad fullLoad(String hallId, IdleServers idle) {
        Map<String, Double> increments = new HashMap<>();
        for (EvaluatedReplica r : replicas) {
            if (r.meetsSlo() && r.placement().hallId().equals(hallId)) {
                increments.merge(r.placement().serverId(), r.incrementWatts(), Double::sum);
            }
        }
        Map<String, Double> byServer = new HashMap<>();
        for (ServerIndex.Located s : servers.all()) {
            if (s.hall().id().equals(hallId)) {
                Double inc = increments.get(s.id());
                byServer.put(s.id(), EquipmentDraw.serverWatts(s.model(), inc != null || idle == IdleServers.ON,
                        inc == null ? 0 : inc));
            }
        }
        return (equipment, model) -> byServer.getOrDefault(equipment.id(), 0.0);
    }
}
