package dev.hallplan.engine.energy;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.NetworkDevice;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.catalog.StorageSystem;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.Plan;
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
 * The bridge from a plan to hourly IT load (docs/energy-model.md, "IT load from a plan"). Each
 * workload's demand is split over the halls holding its replicas in proportion to their
 * capacity; within a hall, {@link ReplicaFill} turns requests per second into watts. Servers that
 * host no replica idle (or are off when idle replicas are powered down); switches and storage
 * draw their catalog power all year.
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
        double[] firm = new double[hours];
        double[] deferrable = new double[hours];
        double[] spare = new double[hours];
        double served = 0;
        double unserved = 0;
        double tokens = 0;
        double[] allWatts = new double[hours];
        double[] firmWatts = new double[hours];
        double[] deferrableWatts = new double[hours];
        double[] spareWatts = new double[hours];
        double[] servedRps = new double[hours];
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
            // computed once per value of the stored profile (1, 24, 168 or 8760) and repeated.
            double[] share = w.demand().shareOfPeak().storedValues();
            int period = share.length;
            double peakHere = w.demand().peakRequestsPerSecond() * hallCapacity / totalCapacity;
            for (int j = 0; j < period; j++) {
                servedRps[j] = Math.min(share[j] * peakHere, hallCapacity);
            }
            boolean split = deferrableShare > 0;
            double fullWatts = 0;
            if (split) {
                fill.powerWatts(servedRps, period, 1 - deferrableShare, allWatts, firmWatts);
                fullWatts = fill.powerWatts(hallCapacity);
            } else {
                fill.powerWatts(servedRps, period, 1.0, allWatts);
            }
            if (split) {
                for (int j = 0; j < period; j++) {
                    deferrableWatts[j] = allWatts[j] - firmWatts[j];
                    spareWatts[j] = fullWatts - allWatts[j];
                }
            } else {
                System.arraycopy(allWatts, 0, firmWatts, 0, period);
            }
            // repeat the period over the year in blocks (plain loops the JIT vectorises)
            double wServed = 0;
            double wShare = 0;
            double blockServed = 0;
            double blockShare = 0;
            for (int start = 0; start < hours; start += period) {
                int len = Math.min(period, hours - start);
                addInto(firm, start, firmWatts, len);
                if (split) {
                    addInto(deferrable, start, deferrableWatts, len);
                    addInto(spare, start, spareWatts, len);
                }
                if (start == 0 || len < period) {
                    double servedSum = 0;
                    double shareSum = 0;
                    for (int j = 0; j < len; j++) {
                        servedSum += servedRps[j];
                        shareSum += share[j];
                    }
                    blockServed = servedSum;
                    blockShare = shareSum;
                }
                wServed += blockServed;
                wShare += blockShare;
            }
            unserved += (wShare * peakHere - wServed) * YearCalendar.SECONDS_PER_HOUR;
            double tokensPerRequest = perf.outputTokensPerRequest(w, here.get(0));
            served += wServed * YearCalendar.SECONDS_PER_HOUR;
            tokens += wServed * YearCalendar.SECONDS_PER_HOUR * tokensPerRequest;
        }
        double fixed = fixedEquipmentWatts(hall, plan, catalog, powerDown);
        for (int h = 0; h < hours; h++) {
            firm[h] += fixed;
        }
        return new HallItLoad(firm, deferrable, spare, served, unserved, tokens);
    }

    private static void addInto(double[] target, int start, double[] values, int len) {
        for (int j = 0; j < len; j++) {
            target[start + j] += values[j];
        }
    }

    /** Switches and storage at catalog power, plus servers without a replica at idle (0 when powered down). */
    static double fixedEquipmentWatts(Hall hall, Plan plan, Catalog catalog, boolean powerDownIdle) {
        Set<String> hosting = new HashSet<>();
        for (ReplicaPlacement r : plan.replicas()) {
            if (r.hallId().equals(hall.id())) {
                hosting.add(r.serverId());
            }
        }
        double watts = 0;
        for (MountedEquipment e : (Iterable<MountedEquipment>) hall.racks().flatMap(r -> r.equipment().stream())::iterator) {
            String id = e.catalogId();
            ServerModel server = catalog.server(id).orElse(null);
            if (server != null) {
                if (!hosting.contains(e.id()) && !powerDownIdle) {
                    watts += server.idlePowerWatts();
                }
                continue;
            }
            NetworkDevice net = catalog.networkDevice(id).orElse(null);
            if (net != null) {
                watts += net.powerWatts();
                continue;
            }
            StorageSystem storage = catalog.storageSystem(id).orElse(null);
            if (storage == null) {
                throw new IllegalArgumentException("hall " + hall.id() + ": equipment " + e.id()
                        + " names catalog id '" + id + "', which is no server, network device or storage system");
            }
            watts += storage.powerWatts();
        }
        return watts;
    }
}
