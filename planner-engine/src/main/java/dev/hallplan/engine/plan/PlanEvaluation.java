package dev.hallplan.engine.plan;

import dev.hallplan.engine.facility.ServerLoad;
import dev.hallplan.engine.project.Scenario;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario's plan run through the estimator: every replica's capacity and power, each
 * workload's capacity, and each server's draw at peak. Problems (a replica naming a server that
 * does not exist, an operating point that does not fit) are listed, not thrown.
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
     * Each server's draw in hall {@code hallId} when every replica serves at capacity: idle power of a server with any
     * replica (or of every server when {@code idleServersOn}), plus each replica's increment,
     * capped at the server's nameplate. Servers without replicas draw idle power or nothing.
     */
    public ServerLoad peakLoad(String hallId, boolean idleServersOn) {
        Map<String, Double> increments = new HashMap<>();
        for (EvaluatedReplica r : replicas) {
            double inc = Math.max(0, r.peakWatts() - r.idleWatts());
            increments.merge(r.placement().hallId() + '/' + r.placement().serverId(), inc, Double::sum);
        }
        Map<String, Double> byServer = new HashMap<>();
        for (ServerIndex.Located s : servers.all()) {
            if (!s.hall().id().equals(hallId)) {
                continue;
            }
            Double inc = increments.get(s.hall().id() + '/' + s.id());
            if (inc != null || idleServersOn) {
                double watts = s.model().idlePowerWatts() + (inc == null ? 0 : inc);
                byServer.put(s.id(), Math.min(watts, s.model().maxPowerWatts()));
            }
        }
        return (equipment, model) -> byServer.getOrDefault(equipment.id(), 0.0);
    }
}
