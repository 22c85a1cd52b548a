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
import java.util.HashSet;
import java.util.List;
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
        for (Workload w : scenario.workloads()) {
            List<ReplicaPlacement> all = plan.replicasOf(w.id());
            List<ReplicaPlacement> here = all.stream().filter(r -> r.hallId().equals(hall.id())).toList();
            if (here.isEmpty()) {
                continue;
            }
            double totalCapacity = new ReplicaFill(all, perf, powerDown).capacityRequestsPerSecond();
            ReplicaFill fill = new ReplicaFill(here, perf, powerDown);
            // a second fill for the firm part keeps each walking cursor close to its own demand
            ReplicaFill firmFill = new ReplicaFill(here, perf, powerDown);
            double hallCapacity = fill.capacityRequestsPerSecond();
            double hallShare = hallCapacity / totalCapacity;
            double deferrableShare = w.deferrableShare();
            double fullWatts = fill.powerWatts(hallCapacity);
            double tokensPerRequest = perf.outputTokensPerRequest(w, here.get(0));
            double wServed = 0;
            for (int h = 0; h < hours; h++) {
                double asked = w.demand().requestsPerSecondAt(h) * hallShare;
                double servedRps = Math.min(asked, hallCapacity);
                double allWatts = fill.powerWatts(servedRps);
                if (deferrableShare > 0) {
                    double firmWatts = firmFill.powerWatts(servedRps * (1 - deferrableShare));
                    firm[h] += firmWatts;
                    deferrable[h] += allWatts - firmWatts;
                    spare[h] += fullWatts - allWatts;
                } else {
                    firm[h] += allWatts;
                }
                wServed += servedRps;
                unserved += (asked - servedRps) * YearCalendar.SECONDS_PER_HOUR;
            }
            served += wServed * YearCalendar.SECONDS_PER_HOUR;
            tokens += wServed * YearCalendar.SECONDS_PER_HOUR * tokensPerRequest;
        }
        double fixed = fixedEquipmentWatts(hall, plan, catalog, powerDown);
        for (int h = 0; h < hours; h++) {
            firm[h] += fixed;
        }
        return new HallItLoad(firm, deferrable, spare, served, unserved, tokens);
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
