package dev.hallplan.engine.energy;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CoolingType;
import dev.hallplan.catalog.CoolingUnit;
import dev.hallplan.catalog.NetworkDevice;
import dev.hallplan.catalog.PowerEquipment;
import dev.hallplan.catalog.Precision;
import dev.hallplan.catalog.RackType;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.catalog.StorageSystem;
import dev.hallplan.engine.project.Demand;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.LatencySlo;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.PowerFeeds;
import dev.hallplan.engine.project.Redundancy;
import dev.hallplan.engine.project.Region;
import dev.hallplan.engine.project.ReplicaPlacement;
import dev.hallplan.engine.project.RequestShape;
import dev.hallplan.engine.project.Row;
import dev.hallplan.engine.project.Workload;
import dev.hallplan.engine.supply.EnergySupply;
import dev.hallplan.engine.supply.HourlyProfile;
import dev.hallplan.engine.supply.Tariff;
import java.util.List;

/** Small hand-made catalog entries, halls and workloads for energy and TCO tests. */
public final class TestHalls {
    private TestHalls() {
    }

    /** A server of 10 kW max and 2 kW idle power. */
    public static ServerModel server(String id, double priceUsd) {
        return new ServerModel(id, "v", id, "gpu", 8, 8, false, 10_000, 2_000, 1_000, 8, 100, priceUsd,
                CoolingType.AIR, 0, List.of(), null);
    }

    public static NetworkDevice switchDevice(String id, double powerWatts, double priceUsd) {
        return new NetworkDevice(id, "v", id, NetworkDevice.NetworkKind.ETHERNET_SWITCH, 64, 400e9, powerWatts, 1,
                priceUsd, null);
    }

    public static StorageSystem storage(String id, double powerWatts, double priceUsd) {
        return new StorageSystem(id, "v", id, StorageSystem.StorageKind.ALL_FLASH_NVME, 1_000_000_000_000L, 1e9, 1e9,
                powerWatts, 2, priceUsd, null);
    }

    public static RackType rackType(String id, double priceUsd) {
        return new RackType(id, id, 42, 40_000, CoolingType.AIR, 40_000, 0.6, 1.2, priceUsd, null);
    }

    public static PowerEquipment power(String id, PowerEquipment.PowerKind kind, double priceUsd) {
        return new PowerEquipment(id, id, kind, 1e6, List.of(new PowerEquipment.EfficiencyPoint(1, 0.97)), priceUsd, null);
    }

    public static CoolingUnit cooling(String id, double priceUsd) {
        return new CoolingUnit(id, id, CoolingUnit.CoolingUnitKind.CRAH, 100_000, 5_000, priceUsd, null);
    }

    public static Catalog catalog() {
        return Catalog.builder()
                .add(server("srv", 200_000))
                .add(switchDevice("sw", 500, 20_000))
                .add(storage("nvme", 800, 30_000))
                .add(rackType("rack42", 2_000))
                .add(power("pdu", PowerEquipment.PowerKind.PDU, 1_500))
                .add(power("ups", PowerEquipment.PowerKind.UPS, 100_000))
                .add(power("tx", PowerEquipment.PowerKind.TRANSFORMER, 50_000))
                .add(cooling("crah", 40_000))
                .build();
    }

    /** A rack "r1" on 2N feeds with PDUs, holding the given equipment. */
    public static PlacedRack rack(String id, List<MountedEquipment> equipment) {
        return new PlacedRack(id, 0, "rack42", new PowerFeeds(Redundancy.TWO_N, 20_000, "pdu"), equipment);
    }

    public static Hall hall(String id, EnergySupply supply, List<PlacedRack> racks) {
        return new Hall(id, id, null, new Region("DE", "EU"), null, null, null, null, supply, null,
                List.of(new Row("row-1", 10, 0.6, null, racks)));
    }

    public static EnergySupply gridOnly(double gridWatts) {
        return new EnergySupply(gridWatts, 0, List.of(), null, HourlyProfile.constant(400),
                new Tariff(HourlyProfile.constant(100), 0));
    }

    public static Workload workload(String id, double peakRps, HourlyProfile shareOfPeak, double deferrableShare) {
        return new Workload(id, id, "model", "engine", null, new Demand(peakRps, shareOfPeak),
                new RequestShape(1000, 100), LatencySlo.llm(1, 0.05), null, null, null, null, null, 5,
                deferrableShare, null);
    }

    public static ReplicaPlacement replica(String id, String workloadId, String hallId, String serverId) {
        return new ReplicaPlacement(id, workloadId, "model", hallId, serverId, 8, Precision.FP8, 8, 64);
    }

    /** Every replica: 10 req/s, 1000 W at full capacity, 200 W idle. */
    public static ReplicaPerformance uniformPerformance() {
        return fixedPerformance(10, 1000, 200);
    }

    public static ReplicaPerformance fixedPerformance(double capacity, double activeWatts, double idleWatts) {
        return new ReplicaPerformance() {
            @Override
            public double capacityRequestsPerSecond(ReplicaPlacement replica) {
                return capacity;
            }

            @Override
            public double activePowerWatts(ReplicaPlacement replica) {
                return activeWatts;
            }

            @Override
            public double idlePowerWatts(ReplicaPlacement replica) {
                return idleWatts;
            }
        };
    }
}
