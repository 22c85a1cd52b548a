package dev.hallplan.engine.solver;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hallplan.engine.facility.IdleServers;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.solver.domain.ConstraintNames;
import dev.hallplan.engine.solver.domain.DeploymentOption;
import dev.hallplan.engine.solver.domain.FixedOverload;
import dev.hallplan.engine.solver.domain.HallFact;
import dev.hallplan.engine.solver.domain.HallPlanSolution;
import dev.hallplan.engine.solver.domain.Placement;
import dev.hallplan.engine.solver.domain.RackFact;
import dev.hallplan.engine.solver.domain.ReplicaSlot;
import dev.hallplan.engine.solver.domain.RowFact;
import dev.hallplan.engine.solver.domain.ServerFact;
import dev.hallplan.engine.solver.domain.WorkloadFact;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The flattened problem the solver sees, as JSON (format "hallplan-solver-problem" version 1,
 * documented field by field in docs/solver.md, "The problem as JSON"), so a plan's optimality can
 * be checked with an exact solver outside HallPlan. Every number is the one the constraints read.
 */
final class ProblemJson {
    static final String FORMAT = "hallplan-solver-problem";
    static final int FORMAT_VERSION = 1;

    private ProblemJson() {
    }

    static void write(SolverProblem problem, Scenario scenario, OutputStream out) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        mapper.writeValue(out, tree(mapper, problem, scenario));
    }

    static ObjectNode tree(ObjectMapper mapper, SolverProblem problem, Scenario scenario) {
        HallPlanSolution s = problem.solution();
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("scenario", scenario.name());
        root.put("idleServers", IdleServers.of(scenario).name());
        ObjectNode weights = root.putObject("weights");
        for (String name : ConstraintNames.ALL) {
            HardMediumSoftLongScore w = s.getConstraintConfiguration().weightOf(name);
            weights.putObject(name).put("hard", w.hardScore()).put("medium", w.mediumScore()).put("soft", w.softScore());
        }
        ArrayNode halls = root.putArray("halls");
        for (HallFact h : s.getHalls()) {
            ObjectNode n = halls.addObject().put("id", h.id()).put("name", h.name())
                    .put("itLimitWatts", h.itPowerLimitWatts()).put("itLimitSetBy", h.bindingHour())
                    .put("fixedWatts", h.baseLoadWatts()).put("energyUsdPerWattYear", h.energyUsdPerWattYear())
                    .put("carbonKgPerWattYear", h.carbonKgPerWattYear())
                    .put("country", h.region().countryCode()).put("sovereignZone", h.region().sovereignZone());
            ArrayNode c = n.putArray("compliance");
            h.compliance().stream().sorted().forEach(c::add);
        }
        ArrayNode rows = root.putArray("rows");
        for (RowFact r : s.getRows()) {
            rows.addObject().put("hall", r.hall().id()).put("id", r.id())
                    .put("airCoolingWatts", r.cooling().airWatts()).put("liquidCoolingWatts", r.cooling().liquidWatts())
                    .put("fixedAirWatts", r.fixedHeat().airWatts()).put("fixedLiquidWatts", r.fixedHeat().liquidWatts());
        }
        ArrayNode racks = root.putArray("racks");
        for (RackFact r : s.getRacks()) {
            ObjectNode n = racks.addObject().put("hall", r.hall().id()).put("row", r.row().id()).put("id", r.id())
                    .put("cooling", r.cooling().name()).put("redundancy", r.redundancy().name());
            limit(n, "feedWatts", r.limit().feedWatts());
            limit(n, "pduWatts", r.limit().pduWatts());
            limit(n, "rackTypeWatts", r.limit().rackTypeWatts());
            limit(n, "heatWatts", r.limit().heatWatts());
            limit(n, "loadLimitWatts", r.loadLimitWatts());
            n.put("fixedWatts", r.fixedWatts());
        }
        Map<ServerFact, Integer> serverIndex = new HashMap<>();
        ArrayNode servers = root.putArray("servers");
        for (ServerFact v : s.getServers()) {
            serverIndex.put(v, serverIndex.size());
            servers.addObject().put("index", serverIndex.get(v)).put("hall", v.hall().id()).put("row", v.rack().row().id())
                    .put("rack", v.rack().id()).put("id", v.id()).put("model", v.modelId())
                    .put("accelerators", v.acceleratorCount()).put("idleWattsWhenUsed", v.idleWattsWhenUsed())
                    .put("liquidShare", v.liquidShare()).put("capexUsdPerYear", v.capexUsdPerYear());
        }
        ArrayNode overloads = root.putArray("fixedOverloads");
        for (FixedOverload o : s.getFixedOverloads()) {
            overloads.addObject().put("message", o.message()).put("overWatts", o.overWatts());
        }
        workloads(root.putArray("workloads"), problem, serverIndex);
        return root;
    }

    private static void workloads(ArrayNode out, SolverProblem problem, Map<ServerFact, Integer> serverIndex) {
        Map<WorkloadFact, Integer> slots = new LinkedHashMap<>();
        for (ReplicaSlot slot : problem.solution().getSlots()) {
            slots.merge(slot.getWorkload(), 1, Integer::sum);
        }
        for (WorkloadFact w : problem.solution().getWorkloads()) {
            ObjectNode n = out.addObject().put("id", w.id()).put("tenant", w.tenant()).put("isolation", w.isolation().name())
                    .put("priority", w.priority()).put("peakMilliRequestsPerSecond", w.peakMilliRequestsPerSecond())
                    .put("targetMilliRequestsPerSecond", w.targetMilliRequestsPerSecond())
                    .put("slots", slots.getOrDefault(w, 0));
            ArrayNode regions = n.putArray("allowedRegions");
            w.allowedRegions().stream().sorted().forEach(regions::add);
            ArrayNode compliance = n.putArray("requiredCompliance");
            w.requiredCompliance().stream().sorted().forEach(compliance::add);
            Map<DeploymentOption, Integer> pointIndex = new LinkedHashMap<>();
            ArrayNode points = n.putArray("operatingPoints");
            ArrayNode placements = n.putArray("placements");
            List<Placement> allowed = problem.allowedPlacements().getOrDefault(w.id(), List.of());
            for (Placement p : allowed) {
                Integer k = pointIndex.get(p.option());
                if (k == null) {
                    k = pointIndex.size();
                    pointIndex.put(p.option(), k);
                    DeploymentOption o = p.option();
                    points.addObject().put("index", k).put("model", o.modelId()).put("serverModel", o.serverModelId())
                            .put("accelerators", o.acceleratorsPerReplica()).put("precision", o.precision().name())
                            .put("tensorParallel", o.tensorParallel()).put("batch", o.batch())
                            .put("capacityMilliRequestsPerSecond", p.capacityMilliRequestsPerSecond())
                            .put("activePowerWatts", p.activePowerWatts()).put("latencySeconds", o.latencySeconds())
                            .put("preferred", w.hasPreference() && o.preferred());
                }
                placements.addArray().add(serverIndex.get(p.server())).add(k);
            }
        }
    }

    /** A limit in watts, or null when there is none (the rack names no PDU, or its type is unknown). */
    private static void limit(ObjectNode n, String field, double watts) {
        if (Double.isInfinite(watts)) {
            n.putNull(field);
        } else {
            n.put(field, watts);
        }
    }
}
