package dev.hallplan.engine.energy;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.engine.facility.EquipmentDraw;
import dev.hallplan.engine.facility.IdleServers;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.Plan;
import dev.hallplan.engine.project.ReplicaPlacement;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.Workload;
import dev.hallplan.engine.supply.HourlyProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bridge from a plan to hourly IT load (docs/energy-model.md, "IT load from a plan"). Each
 * workload's demand is split over the halls holding its replicas in proportion to their
 * capacity; within a hall, {@link ReplicaFill} turns requests per second into watts. Servers that
 * host no replica idle (or are off when idle replicas are powered down); switches, storage and
 * the sized network fabric draw their catalog power all year ({@link EquipmentDraw}).
 */
public final class PlanLoadModel {
    private PlanLoadModel() {
    }

    /**
     * @param scenario   its plan (nullable: no replicas) and simulation settings are used
     * @param hall       one of the scenario's halls
     * @param catalog    for the power of mounted equipment
     * @param perf       per-replica capacity and power
     * @throws IllegalArgumentException when mounted equipment names an id the catalog lacks
     */
    public static HallItLoad forHall(Scenario scenario, Hall hall, Catalog catalog, ReplicaPerformance perf) {
        int hours = YearCalendar.HOURS_PER_YEAR;
        boolean powerDown = scenario.simulation().powerDownIdleReplicas();
        Plan plan = scenario.planned().orElse(new Plan("manual", "", List.of()));
        // {firm, deferrable, spare} watts by profile length: workloads with a shorter profile (1,
        // 24 or 168 values) add into one period of that length, repeated over the year once at the end
        Map<Integer, double[][]> byPeriod = new HashMap<>();
        double[][] year = new double[3][hours];
        byPeriod.put(hours, year);
        double served = 0;
        double unserved = 0;
        double tokens = 0;
        Map<String, List<ReplicaPlacement>> byWorkload = new HashMap<>();
        for (ReplicaPlacement r : plan.replicas()) {
            byWorkload.computeIfAbsent(r.workloadId(), id -> new ArrayList<>()).add(r);
        }
        for (Workload w : scenario.workloads()) {
            List<ReplicaPlacement> all = byWorkload.getOrDefault(w.id(), List.of());
            List<ReplicaPlacement> here = new ArrayList<>();
            double totalCapacity = 0;
            for (ReplicaPlacement r : all) {
                totalCapacity += perf.capacityRequestsPerSecond(r);
                if (r.hallId().equals(hall.id())) {
                    here.add(r);
                }
            }
            if (here.isEmpty()) {
                continue;
            }
            ReplicaFill fill = new ReplicaFill(here, perf, powerDown);
            double hallCapacity = fill.capacityRequestsPerSecond();
            double deferrableShare = w.deferrableShare();
            // The hall's share of the demand, capped at what its replicas can serve. Power is
            // computed once per value of the stored profile (1, 24, 168 or 8760 values).
            HourlyProfile profile = w.demand().shareOfPeak();
            double[] share = profile.values();
            int period = share.length;
            double peakHere = w.demand().peakRequestsPerSecond() * hallCapacity / totalCapacity;
            double[][] target = byPeriod.computeIfAbsent(period, p -> new double[3][p]);
            double periodServed = fill.addPower(share, peakHere, deferrableShare, target[0], target[1], target[2]);
            // req/s summed over the year's hours: whole periods, then the first values of the last one
            double wServed = periodServed * (hours / period) + servedSum(share, hours % period, peakHere, hallCapacity);
            unserved += (profile.yearSum() * peakHere - wServed) * YearCalendar.SECONDS_PER_HOUR;
            double tokensPerRequest = perf.outputTokensPerRequest(w, here.get(0));
            served += wServed * YearCalendar.SECONDS_PER_HOUR;
            tokens += wServed * YearCalendar.SECONDS_PER_HOUR * tokensPerRequest;
        }
        for (Map.Entry<Integer, double[][]> e : byPeriod.entrySet()) {
            int period = e.getKey();
            for (int start = 0; period < hours && start < hours; start += period) {
                int len = Math.min(period, hours - start);
                for (int i = 0; i < 3; i++) {
                    addInto(year[i], start, e.getValue()[i], len);
                }
            }
        }
        double fixed = fixedEquipmentWatts(hall, plan, catalog, powerDown);
        for (int h = 0; h < hours; h++) {
            year[0][h] += fixed;
        }
        return new HallItLoad(year[0], year[1], year[2], served, unserved, tokens);
    }

    private static void addInto(double[] target, int start, double[] values, int len) {
        for (int j = 0; j < len; j++) {
            target[start + j] += values[j];
        }
    }

    /** Σ_{j < len} min(share[j] * peak, capacity): the last, partial period of a repeated profile. */
    private static double servedSum(double[] share, int len, double peak, double capacity) {
        double sum = 0;
        for (int j = 0; j < len; j++) {
            sum += Math.min(share[j] * peak, capacity);
        }
        return sum;
    }

    /**
     * What the hall draws whatever its replicas serve, by the facility model's one rule
     * ({@link EquipmentDraw}): switches and storage at catalog power, the sized network fabric, and
     * servers hosting no replica at idle power (0 when idle servers are powered down).
     */
    static double fixedEquipmentWatts(Hall hall, Plan plan, Catalog catalog, boolean powerDownIdle) {
        IdleServers idle = powerDownIdle ? IdleServers.POWERED_DOWN : IdleServers.ON;
        Set<String> hosting = new HashSet<>();
        for (ReplicaPlacement r : plan.replicas()) {
            if (r.hallId().equals(hall.id())) {
                hosting.add(r.serverId());
            }
        }
        double watts = EquipmentDraw.fabricWatts(hall, catalog);
        for (PlacedRack rack : (Iterable<PlacedRack>) hall.racks()::iterator) {
            watts += EquipmentDraw.fixedHeat(rack, catalog, IdleServers.POWERED_DOWN).watts();
            for (MountedEquipment e : rack.equipment()) {
                ServerModel server = catalog.server(e.catalogId()).orElse(null);
                if (server != null) {
                    watts += hosting.contains(e.id()) ? 0 : EquipmentDraw.serverWatts(server, idle == IdleServers.ON, 0);
                } else if (EquipmentDraw.deviceWatts(catalog, e.catalogId()).isEmpty()) {
                    throw new IllegalArgumentException("hall " + hall.id() + ": equipment " + e.id() + " names catalog id '"
                            + e.catalogId() + "', which is no server, network device or storage system");
                }
            }
        }
        return watts;
    }
}
