package dev.hallplan.engine.solver;

import dev.hallplan.catalog.CoolingType;
import dev.hallplan.catalog.Precision;
import dev.hallplan.engine.facility.HeatLoad;
import dev.hallplan.engine.facility.RackLimit;
import dev.hallplan.engine.facility.RowCooling;
import dev.hallplan.engine.project.IsolationLevel;
import dev.hallplan.engine.project.Redundancy;
import dev.hallplan.engine.project.Region;
import dev.hallplan.engine.solver.domain.DeploymentOption;
import dev.hallplan.engine.solver.domain.HallFact;
import dev.hallplan.engine.solver.domain.Placement;
import dev.hallplan.engine.solver.domain.RackFact;
import dev.hallplan.engine.solver.domain.ReplicaSlot;
import dev.hallplan.engine.solver.domain.RowFact;
import dev.hallplan.engine.solver.domain.ServerFact;
import dev.hallplan.engine.solver.domain.WorkloadFact;
import java.util.List;
import java.util.Set;

/** Hand-made solver facts with round numbers for constraint tests. */
public final class TestFacts {
    public static final String MODEL = "srv-8gpu";

    private TestFacts() {
    }

    /** A German GDPR hall whose supply carries {@code itLimitWatts}; energy $1/W-year, 1 kg CO2e/W-year. */
    public static HallFact hall(String id, long itLimitWatts) {
        return new HallFact(id, id, new Region("DE", "EU"), Set.of("GDPR"), itLimitWatts, "peak hour", 0, 1.0, 1.0);
    }

    public static HallFact usHall(String id) {
        return new HallFact(id, id, new Region("US", "US"), Set.of(), 10_000_000, "peak hour", 0, 1.0, 1.0);
    }

    /** A row whose CRAHs remove {@code airCoolingWatts} and which has no CDU, with no fixed heat. */
    public static RowFact row(String id, HallFact hall, double airCoolingWatts) {
        return new RowFact(id, hall, new RowCooling(airCoolingWatts, 0), HeatLoad.NONE);
    }

    /** An air-cooled 2N rack: 40 kW limit, 40 kW per feed, 40 kW heat, no PDU, no fixed load. */
    public static RackFact rack(String id, RowFact row) {
        return rack(id, row, 40_000, 40_000, 40_000, 0);
    }

    /** An air-cooled 2N rack without a PDU with these limits and fixed load. */
    public static RackFact rack(String id, RowFact row, double rackTypeWatts, double feedWatts, double heatWatts, long fixedWatts) {
        return new RackFact(id, row, new RackLimit(feedWatts, Double.POSITIVE_INFINITY, rackTypeWatts, heatWatts),
                Redundancy.TWO_N, null, CoolingType.AIR, fixedWatts);
    }

    /** An 8-accelerator server idling at 1 kW, $100k a year of capex. */
    public static ServerFact server(String id, RackFact rack) {
        return new ServerFact(id, MODEL, rack, 8, 1_000, 100_000);
    }

    public static WorkloadFact workload(String id, double peakRps) {
        return workload(id, peakRps, "t-" + id, IsolationLevel.SHARED);
    }

    public static WorkloadFact workload(String id, double peakRps, String tenant, IsolationLevel isolation) {
        long peak = Math.round(peakRps * 1000);
        return new WorkloadFact(id, id, tenant, isolation, 1, peak, Math.round(peak * 1.1), Set.of(), Set.of());
    }

    /** An option using {@code accelerators} accelerators, serving {@code rps}, adding {@code activeWatts}. */
    public static DeploymentOption option(String workloadId, int accelerators, double rps, double activeWatts) {
        return new DeploymentOption(workloadId, "model-" + workloadId, MODEL, accelerators, Precision.FP8,
                accelerators, 64, rps, activeWatts, 0.2, true);
    }

    public static ReplicaSlot slot(String id, WorkloadFact workload, ServerFact server, DeploymentOption option) {
        Placement p = new Placement(server, option);
        return new ReplicaSlot(id, workload, List.of(p), p);
    }

    public static ReplicaSlot unassigned(String id, WorkloadFact workload) {
        return new ReplicaSlot(id, workload, List.of(), null);
    }
}
