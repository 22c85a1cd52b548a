package dev.hallplan.engine.solver.score;

import static dev.hallplan.engine.solver.domain.ConstraintNames.*;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.countDistinct;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sum;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sumLong;

import dev.hallplan.engine.project.IsolationLevel;
import dev.hallplan.engine.project.Redundancy;
import dev.hallplan.engine.solver.domain.FixedOverload;
import dev.hallplan.engine.solver.domain.HallPlanConstraintConfiguration;
import dev.hallplan.engine.solver.domain.RackFact;
import dev.hallplan.engine.solver.domain.ReplicaSlot;
import dev.hallplan.engine.solver.domain.RowFact;
import dev.hallplan.engine.solver.domain.ServerFact;
import dev.hallplan.engine.solver.domain.WorkloadFact;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
import org.optaplanner.core.api.score.stream.bi.BiConstraintStream;

/**
 * The rules of a hall plan. Capacity constraints penalise the size of the overflow in watts;
 * weights live in {@link HallPlanConstraintConfiguration}. Power model (the facility model's, see
 * docs/solver.md): every rack draws its fixed load (switches, storage, and every server's idle
 * power when unused servers stay on); a server that hosts a replica adds its idle power when
 * unused servers are powered down, plus each replica's active power. All electric power becomes
 * heat, split into air and liquid heat by the rack's cooling.
 */
public class HallPlanConstraintProvider implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {
            // Hard
            acceleratorSlots(f),
            optionMatchesServer(f),
            rackPower(f),
            rackFeed(f),
            rackHeat(f),
            rowCooling(f),
            hallPower(f),
            fixedLoad(f),
            regionAndCompliance(f),
            dedicatedServer(f),
            dedicatedRack(f),
            spreadOverRacks(f),
            // Medium
            unmetDemand(f),
            unservableDemand(f),
            // Soft
            energyCost(f),
            gridCarbon(f),
            hardwareCapex(f),
            overProvisioning(f),
            fragmentation(f),
            preferredOption(f),
        };
    }

    // ---------------------------------------------------------------- Hard

    /** A server's replicas use no more accelerators than it carries. */
    Constraint acceleratorSlots(ConstraintFactory f) {
        return f.forEach(ReplicaSlot.class)
                .groupBy(ReplicaSlot::server, sum(ReplicaSlot::accelerators))
                .filter((server, used) -> used > server.acceleratorCount())
                .penalizeConfigurableLong((server, used) -> used - server.acceleratorCount())
                .justifyWith((server, used, score) -> LimitExceeded.count("Server " + server.id(), used,
                        server.acceleratorCount(), "accelerators fitted"))
                .asConstraint(ACCELERATOR_SLOTS);
    }

    /** A replica runs an operating point made for its workload and for its server's model. */
    Constraint optionMatchesServer(ConstraintFactory f) {
        return f.forEach(ReplicaSlot.class)
                .filter(s -> !s.getPlacement().option().serverModelId().equals(s.server().modelId())
                        || !s.getPlacement().option().workloadId().equals(s.getWorkload().id()))
                .penalizeConfigurable()
                .justifyWith((s, score) -> new RuleBroken(s.getWorkload().id() + ": operating point "
                        + s.getPlacement().option().label() + " is not for server " + s.server().id()
                        + " (" + s.server().modelId() + ")"))
                .asConstraint(OPTION_MATCHES_SERVER);
    }

    /** A rack draws no more than its rack type allows. */
    Constraint rackPower(ConstraintFactory f) {
        return rackLoads(f)
                .filter((rack, watts) -> watts > rack.limit().rackTypeWatts())
                .penalizeConfigurableLong((rack, watts) -> RackFact.overWatts(watts, rack.limit().rackTypeWatts()))
                .justifyWith((rack, watts, score) -> LimitExceeded.watts("Rack " + rack.id(), watts,
                        rack.limit().rackTypeWatts(), "rack power limit"))
                .asConstraint(RACK_POWER);
    }

    /** One feed and its PDU carry the whole rack: the only feed with N, either feed alone with 2N. */
    Constraint rackFeed(ConstraintFactory f) {
        return rackLoads(f)
                .filter((rack, watts) -> watts > rack.limit().supplyWatts())
                .penalizeConfigurableLong((rack, watts) -> RackFact.overWatts(watts, rack.limit().supplyWatts()))
                .justifyWith((rack, watts, score) -> LimitExceeded.watts("Rack " + rack.id(), watts,
                        rack.limit().supplyWatts(), feedLabel(rack)))
                .asConstraint(RACK_FEED);
    }

    private static String feedLabel(RackFact rack) {
        boolean twoN = rack.redundancy() == Redundancy.TWO_N;
        if (rack.limit().pduBinds()) {
            return "PDU " + rack.pduId() + " rating" + (twoN ? " (2N: one PDU carries the rack after a feed is lost)" : "");
        }
        return twoN ? "on one feed (2N: either feed must carry the rack)" : "feed capacity";
    }

    /** A rack's heat stays within what its cooling type removes. */
    Constraint rackHeat(ConstraintFactory f) {
        return rackLoads(f)
                .filter((rack, watts) -> watts > rack.limit().heatWatts())
                .penalizeConfigurableLong((rack, watts) -> RackFact.overWatts(watts, rack.limit().heatWatts()))
                .justifyWith((rack, watts, score) -> LimitExceeded.watts("Rack " + rack.id(), watts,
                        rack.limit().heatWatts(), CoolingLabels.limitLabel(rack.cooling())))
                .asConstraint(RACK_HEAT);
    }

    /** A row's air heat stays within its CRAHs and its liquid heat within its CDU loops. */
    Constraint rowCooling(ConstraintFactory f) {
        return serverLoads(f)
                .groupBy((server, watts) -> server.rack().row(),
                        sumLong((server, watts) -> server.wattsWith(watts) - server.liquidWattsWith(watts)),
                        sumLong((server, watts) -> server.liquidWattsWith(watts)))
                .filter((row, air, liquid) -> row.overWatts(air, liquid) > 0)
                .penalizeConfigurableLong(RowFact::overWatts)
                .justifyWith((row, air, liquid, score) -> new RuleBroken(RowHeat.message(row, air, liquid)))
                .asConstraint(ROW_COOLING);
    }

    /** A hall's IT load stays within what its supply (PUE included), power chain and cooling plant carry. */
    Constraint hallPower(ConstraintFactory f) {
        return serverLoads(f)
                .groupBy((server, watts) -> server.hall(), sumLong((server, watts) -> server.wattsWith(watts)))
                .filter((hall, watts) -> hall.baseLoadWatts() + watts > hall.itPowerLimitWatts())
                .penalizeConfigurableLong((hall, watts) -> hall.baseLoadWatts() + watts - hall.itPowerLimitWatts())
                .justifyWith((hall, watts, score) -> LimitExceeded.watts("Hall " + hall.name(), hall.baseLoadWatts() + watts,
                        hall.itPowerLimitWatts(), "IT load the hall carries (" + hall.bindingHour() + ")"))
                .asConstraint(HALL_POWER);
    }

    /** A rack, row or hall where no replica runs is within its limits with its fixed load alone. */
    Constraint fixedLoad(ConstraintFactory f) {
        return f.forEach(FixedOverload.class)
                .ifNotExists(ReplicaSlot.class, Joiners.filtering(FixedOverload::hosts))
                .penalizeConfigurableLong(FixedOverload::overWatts)
                .justifyWith((o, score) -> new RuleBroken(o.message()))
                .asConstraint(FIXED_LOAD);
    }

    /** A replica runs only in a hall its workload's region and compliance rules allow. */
    Constraint regionAndCompliance(ConstraintFactory f) {
        return f.forEach(ReplicaSlot.class)
                .filter(s -> !s.getWorkload().mayRunIn(s.server().hall()))
                .penalizeConfigurable()
                .justifyWith((s, score) -> new RuleBroken(s.getWorkload().id() + ": hall " + s.server().hall().name()
                        + " is outside its allowed regions " + s.getWorkload().allowedRegions()
                        + " or lacks compliance " + s.getWorkload().requiredCompliance()))
                .asConstraint(REGION_AND_COMPLIANCE);
    }

    /**
     * A tenant asking for dedicated servers shares no server with another tenant. Counted per
     * (dedicated replica, other tenant's replica) pair; starting from the few dedicated replicas
     * keeps the join off the hot path of all-shared halls.
     */
    Constraint dedicatedServer(ConstraintFactory f) {
        return f.forEach(ReplicaSlot.class)
                .filter(a -> a.getWorkload().isolation() == IsolationLevel.DEDICATED_SERVER)
                .join(ReplicaSlot.class, Joiners.equal(ReplicaSlot::server),
                        Joiners.filtering((a, b) -> !a.getWorkload().tenant().equals(b.getWorkload().tenant())))
                .penalizeConfigurable()
                .justifyWith((a, b, score) -> new RuleBroken("Server " + a.server().id() + ": tenant "
                        + b.getWorkload().tenant() + " shares it with " + a.getWorkload().tenant() + ", which needs a dedicated server"))
                .asConstraint(DEDICATED_SERVER);
    }

    /** A tenant asking for dedicated racks shares no rack with another tenant (counted like {@link #dedicatedServer}). */
    Constraint dedicatedRack(ConstraintFactory f) {
        return f.forEach(ReplicaSlot.class)
                .filter(a -> a.getWorkload().isolation() == IsolationLevel.DEDICATED_RACK)
                .join(ReplicaSlot.class, Joiners.equal(ReplicaSlot::rack),
                        Joiners.filtering((a, b) -> !a.getWorkload().tenant().equals(b.getWorkload().tenant())))
                .penalizeConfigurable()
                .justifyWith((a, b, score) -> new RuleBroken("Rack " + a.rack().id() + ": tenant "
                        + b.getWorkload().tenant() + " shares it with " + a.getWorkload().tenant() + ", which needs a dedicated rack"))
                .asConstraint(DEDICATED_RACK);
    }

    /** A workload with two or more replicas runs in at least two racks (one failure domain lost is not an outage). */
    Constraint spreadOverRacks(ConstraintFactory f) {
        return f.forEach(ReplicaSlot.class)
                .groupBy(ReplicaSlot::getWorkload, count(), countDistinct(ReplicaSlot::rack))
                .filter((workload, replicas, racks) -> replicas >= 2 && racks < 2)
                .penalizeConfigurable()
                .justifyWith((workload, replicas, racks, score) -> new RuleBroken(workload.id() + ": all "
                        + replicas + " replicas in one rack"))
                .asConstraint(SPREAD_OVER_RACKS);
    }

    // ---------------------------------------------------------------- Medium

    /** Each workload's peak demand is served; what is not counts milli-requests/s times priority. */
    Constraint unmetDemand(ConstraintFactory f) {
        return f.forEachIncludingNullVars(ReplicaSlot.class)
                .groupBy(ReplicaSlot::getWorkload, sumLong(ReplicaSlot::capacityMilliRequestsPerSecond))
                .filter((workload, served) -> served < workload.peakMilliRequestsPerSecond())
                .penalizeConfigurableLong((workload, served) -> (workload.peakMilliRequestsPerSecond() - served) * workload.priority())
                .justifyWith((workload, served, score) -> new DemandShortfall(workload, served))
                .asConstraint(UNMET_DEMAND);
    }

    /** A workload no hall can host at all (no slot was made for it) leaves its whole peak unmet. */
    Constraint unservableDemand(ConstraintFactory f) {
        return f.forEach(WorkloadFact.class)
                .ifNotExistsIncludingNullVars(ReplicaSlot.class, Joiners.equal(w -> w, ReplicaSlot::getWorkload))
                .penalizeConfigurableLong(w -> w.peakMilliRequestsPerSecond() * w.priority())
                .justifyWith((w, score) -> new DemandShortfall(w, 0))
                .asConstraint(UNSERVABLE_DEMAND);
    }

    // ---------------------------------------------------------------- Soft

    /** A workload that names a preferred operating option runs its replicas on it; each accelerator elsewhere costs. */
    Constraint preferredOption(ConstraintFactory f) {
        return f.forEach(ReplicaSlot.class)
                .filter(s -> s.getWorkload().hasPreference() && !s.getPlacement().option().preferred())
                .penalizeConfigurableLong(s -> s.getPlacement().option().acceleratorsPerReplica())
                .asConstraint(PREFERRED_OPTION);
    }

    /** Energy a year of the used servers at full load, PUE included, in US cents. */
    Constraint energyCost(ConstraintFactory f) {
        return serverLoads(f)
                .penalizeConfigurableLong((server, watts) -> Math.round(
                        server.wattsWith(watts) * server.hall().energyUsdPerWattYear() * 100))
                .asConstraint(ENERGY_COST);
    }

    /** Grid CO2e a year of the used servers at full load, PUE included, in kg. */
    Constraint gridCarbon(ConstraintFactory f) {
        return serverLoads(f)
                .penalizeConfigurableLong((server, watts) -> Math.round(
                        server.wattsWith(watts) * server.hall().carbonKgPerWattYear()))
                .asConstraint(GRID_CARBON);
    }

    /** Amortised capex of the servers the plan uses, in US cents a year. */
    Constraint hardwareCapex(ConstraintFactory f) {
        return serverLoads(f)
                .penalizeConfigurableLong((server, watts) -> Math.round(server.capexUsdPerYear() * 100))
                .asConstraint(HARDWARE_CAPEX);
    }

    /** Capacity beyond peak demand plus the target headroom, in milli-requests/s. */
    Constraint overProvisioning(ConstraintFactory f) {
        return f.forEach(ReplicaSlot.class)
                .groupBy(ReplicaSlot::getWorkload, sumLong(ReplicaSlot::capacityMilliRequestsPerSecond))
                .filter((workload, served) -> served > workload.targetMilliRequestsPerSecond())
                .penalizeConfigurableLong((workload, served) -> served - workload.targetMilliRequestsPerSecond())
                .asConstraint(OVER_PROVISIONING);
    }

    /** Idle accelerators on servers that host a replica (stranded capacity). */
    Constraint fragmentation(ConstraintFactory f) {
        return f.forEach(ReplicaSlot.class)
                .groupBy(ReplicaSlot::server, sum(ReplicaSlot::accelerators))
                .filter((server, used) -> used < server.acceleratorCount())
                .penalizeConfigurableLong((server, used) -> server.acceleratorCount() - used)
                .asConstraint(FRAGMENTATION);
    }

    // ---------------------------------------------------------------- shared streams

    /** Each used server with the active power of its replicas (its idle power when used is added by the callers). */
    private BiConstraintStream<ServerFact, Long> serverLoads(ConstraintFactory f) {
        return f.forEach(ReplicaSlot.class)
                .groupBy(ReplicaSlot::server, sumLong(ReplicaSlot::activePowerWatts));
    }

    /** Each rack with a used server and its total draw: fixed load, idle of used servers, replicas' active power. */
    private BiConstraintStream<RackFact, Long> rackLoads(ConstraintFactory f) {
        return serverLoads(f)
                .groupBy((server, watts) -> server.rack(), sumLong((server, watts) -> server.wattsWith(watts)))
                .groupBy((rack, watts) -> rack, sumLong((rack, watts) -> rack.fixedWatts() + watts));
    }
}
