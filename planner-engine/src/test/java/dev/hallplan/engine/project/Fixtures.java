package dev.hallplan.engine.project;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CoolingType;
import dev.hallplan.catalog.CoolingUnit.CoolingUnitKind;
import dev.hallplan.catalog.CoolingUnit;
import dev.hallplan.catalog.NetworkDevice.NetworkKind;
import dev.hallplan.catalog.NetworkDevice;
import dev.hallplan.catalog.PowerEquipment.EfficiencyPoint;
import dev.hallplan.catalog.PowerEquipment.PowerKind;
import dev.hallplan.catalog.PowerEquipment;
import dev.hallplan.catalog.Precision;
import dev.hallplan.catalog.RackType;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.catalog.ServingEngine;
import dev.hallplan.catalog.StorageSystem.StorageKind;
import dev.hallplan.catalog.StorageSystem;
import dev.hallplan.engine.supply.EnergySupply;
import dev.hallplan.engine.supply.HourlyProfile;
import dev.hallplan.engine.supply.Tariff;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A small hand-built catalog and project for tests (round numbers, not real hardware figures),
 * shared by the project and facility tests.
 */
public final class Fixtures {
    public static final String AIR_RACK = "rack-air-40kw";
    public static final String DLC_RACK = "rack-dlc-140kw";
    public static final String AIR_SERVER = "srv-air-10kw";
    public static final String DLC_SERVER = "srv-dlc-14kw";
    public static final String SWITCH = "switch-1kw";
    public static final String STORAGE = "nvme-500w";
    public static final String CRAH = "crah-150kw";
    public static final String CDU = "cdu-row-1200kw";
    public static final String CHILLER = "chiller-2mw";
    public static final String UPS = "ups-1000kw";
    public static final String TRANSFORMER = "transformer-2500kva";
    public static final String PDU = "pdu-rack-50kw";

    private Fixtures() {
    }

    public static Catalog catalog() {
        return Catalog.builder()
                .add(new RackType(AIR_RACK, "Air rack 40 kW", 42, 40_000, CoolingType.AIR, 40_000, 0.6, 1.2, 2_000, null))
                .add(new RackType(DLC_RACK, "DLC rack 140 kW", 48, 140_000, CoolingType.DIRECT_LIQUID, 140_000, 0.6, 1.2, 20_000, null))
                .add(new ServerModel(AIR_SERVER, "Test", "Air 8-GPU", "gpu-x", 8, 8, false, 10_000, 2_000, 2_000, 8, 130,
                        300_000, CoolingType.AIR, 0, List.of(), null))
                .add(new ServerModel(DLC_SERVER, "Test", "DLC 8-GPU", "gpu-y", 8, 8, false, 14_000, 3_000, 2_000, 4, 100,
                        400_000, CoolingType.DIRECT_LIQUID, 0.8, List.of(), null))
                .add(new NetworkDevice(SWITCH, "Test", "Leaf", NetworkKind.ETHERNET_SWITCH, 64, 400e9, 1_000, 2, 30_000, null))
                .add(new StorageSystem(STORAGE, "Test", "NVMe", StorageKind.ALL_FLASH_NVME, 100_000_000_000_000L, 20e9, 10e9, 500, 1,
                        50_000, null))
                .add(new CoolingUnit(CRAH, "CRAH 150 kW", CoolingUnitKind.CRAH, 150_000, 7_500, 60_000, null))
                .add(new CoolingUnit(CDU, "CDU 1.2 MW", CoolingUnitKind.CDU, 1_200_000, 20_000, 250_000, null))
                .add(new CoolingUnit(CHILLER, "Chiller 2 MW", CoolingUnitKind.CHILLER, 2_000_000, 400_000, 800_000, null))
                .add(new PowerEquipment(UPS, "UPS 1 MW", PowerKind.UPS, 1_000_000, List.of(
                        new EfficiencyPoint(0.25, 0.94), new EfficiencyPoint(0.5, 0.96), new EfficiencyPoint(1.0, 0.97)), 300_000, null))
                .add(new PowerEquipment(TRANSFORMER, "Transformer 2.5 MVA", PowerKind.TRANSFORMER, 2_500_000,
                        List.of(new EfficiencyPoint(0.5, 0.99)), 100_000, null))
                .add(new PowerEquipment(PDU, "Rack PDU 50 kW", PowerKind.PDU, 50_000, List.of(new EfficiencyPoint(1.0, 1.0)), 3_000, null))
                .add(new ServingEngine("vllm", "vLLM", 0.8, 0.6, 0.002, 2_000_000_000L, 0.9, true, Set.of(Precision.FP8, Precision.BF16), null))
                .build();
    }

    public static EnergySupply supply() {
        return new EnergySupply(5_000_000, 0, List.of(), null, HourlyProfile.constant(300),
                new Tariff(HourlyProfile.of(IntStream.range(0, 24).mapToDouble(h -> h < 7 ? 60 : 90).toArray()), 12));
    }

    public static PlacedRack airRack(String id, int position, int servers) {
        List<MountedEquipment> eq = IntStream.range(0, servers)
                .mapToObj(i -> new MountedEquipment(id + "-s" + i, AIR_SERVER, 1 + 8 * i)).toList();
        return new PlacedRack(id, position, AIR_RACK, new PowerFeeds(Redundancy.TWO_N, 40_000, PDU), eq);
    }

    public static Hall hall(List<Row> rows) {
        return new Hall("h1", "Hall 1", FacilityType.HYPERSCALE, new Region("DE", "EU"), Set.of("GDPR"), Climate.constant(15),
                new PowerChain(List.of(new CatalogCount(TRANSFORMER, 2)), List.of(new CatalogCount(UPS, 3)), Redundancy.N_PLUS_1),
                List.of(new CatalogCount(CHILLER, 1)), supply(), Map.of("us-east", 0.09, "eu-west", 0.012), rows);
    }

    public static Workload workload(String id) {
        return new Workload(id, "Chat", "llama-3.1-70b", "vllm", List.of("llama-3.1-8b"),
                new Demand(50, HourlyProfile.of(IntStream.range(0, 24).mapToDouble(h -> 0.5 + h / 48.0).toArray())),
                new RequestShape(1_000, 300), LatencySlo.llm(0.5, 0.05), Set.of("EU"), Set.of("GDPR"), "acme",
                IsolationLevel.SHARED, Precision.FP8, 5, 0.2, "eu-west");
    }

    /** A valid project: one scenario, one hall of one row with two air racks, one workload, a one-replica plan. */
    public static Project project() {
        Row row = new Row("A", 10, 0.6, List.of(new CatalogCount(CRAH, 1)), List.of(airRack("A-01", 0, 3), airRack("A-02", 1, 2)));
        Plan plan = new Plan("manual", "", List.of(new ReplicaPlacement("r1", "w1", "llama-3.1-70b", "h1", "A-01-s0", 8,
                Precision.FP8, 8, 64)));
        Scenario s = new Scenario("Baseline", "one hall", List.of(hall(List.of(row))), List.of(workload("w1")), plan,
                SimulationSettings.DEFAULTS, FinancialAssumptions.DEFAULTS, Map.of("Rack power limit", 2.0));
        return new Project(Project.CURRENT_FORMAT_VERSION, "Test project", "for tests", List.of(s));
    }

    public static final Set<String> MODELS = Set.of("llama-3.1-70b", "llama-3.1-8b");
}
