package dev.hallplan.engine.solver;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CoolingType;
import dev.hallplan.catalog.CoolingUnit;
import dev.hallplan.catalog.CoolingUnit.CoolingUnitKind;
import dev.hallplan.catalog.Precision;
import dev.hallplan.catalog.RackType;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.engine.project.CatalogCount;
import dev.hallplan.engine.project.Demand;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.IsolationLevel;
import dev.hallplan.engine.project.LatencySlo;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.PowerFeeds;
import dev.hallplan.engine.project.Redundancy;
import dev.hallplan.engine.project.Region;
import dev.hallplan.engine.project.RequestShape;
import dev.hallplan.engine.project.Row;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.SimulationSettings;
import dev.hallplan.engine.project.Workload;
import dev.hallplan.engine.solver.domain.DeploymentOption;
import dev.hallplan.engine.supply.EnergySupply;
import dev.hallplan.engine.supply.HourlyProfile;
import dev.hallplan.engine.supply.Tariff;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Small synthetic halls with round numbers for end-to-end solves and benchmarks: 8-accelerator
 * servers idling at 1 kW, 40 kW air-cooled 2N racks, one 40 kW CRAH per rack in each row,
 * $50/MWh, 400 g/kWh.
 */
public final class SmallHalls {
    public static final String SERVER = "srv-8gpu";
    public static final String RACK = "rack-air-40k";
    public static final String CRAH = "crah-40k";

    private SmallHalls() {
    }

    public static Catalog catalog() {
        return Catalog.builder()
                .add(new ServerModel(SERVER, "Acme", "Acme 8-GPU", "acc-1", 8, 8, false, 10_000, 1_000, 1_500, 8, 100,
                        200_000, CoolingType.AIR, 0, List.of(), null))
                .add(new RackType(RACK, "Air 40 kW", 42, 40_000, CoolingType.AIR, 40_000, 0.6, 1.2, 2_000, null))
                .add(new CoolingUnit(CRAH, "CRAH 40 kW", CoolingUnitKind.CRAH, 40_000, 2_000, 20_000, null))
                .build();
    }

    /** A hall in DE (EU, GDPR) of {@code rows} x {@code racksPerRow} racks with {@code serversPerRack} servers each. */
    public static Hall hall(String id, int rows, int racksPerRow, int serversPerRack, double gridWatts) {
        List<Row> rowList = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            String rowId = String.valueOf((char) ('A' + r));
            List<PlacedRack> racks = new ArrayList<>();
            for (int k = 0; k < racksPerRow; k++) {
                String rackId = id + "-" + rowId + String.format("-%02d", k + 1);
                List<MountedEquipment> eq = new ArrayList<>();
                for (int s = 0; s < serversPerRack; s++) {
                    eq.add(new MountedEquipment(rackId + "-u" + (1 + 8 * s), SERVER, 1 + 8 * s));
                }
                racks.add(new PlacedRack(rackId, k, RACK, new PowerFeeds(Redundancy.TWO_N, 40_000, null), eq));
            }
            rowList.add(new Row(rowId, racksPerRow, 0.6, List.of(new CatalogCount(CRAH, racksPerRow)), racks));
        }
        EnergySupply supply = new EnergySupply(gridWatts, 0, List.of(), null, HourlyProfile.constant(400),
                new Tariff(HourlyProfile.constant(50), 0));
        return new Hall(id, id, null, new Region("DE", "EU"), Set.of("GDPR"), null, null, List.of(), supply,
                Map.of("eu", 0.02), rowList);
    }

    public static Workload workload(String id, double peakRps, int priority) {
        return new Workload(id, id, "model-" + id, "vllm", List.of(),
                new Demand(peakRps, HourlyProfile.constant(1)), new RequestShape(1000, 200), LatencySlo.llm(1.0, 0.05),
                Set.of(), Set.of(), "t-" + id, IsolationLevel.SHARED, Precision.FP8, priority, 0, "eu");
    }

    public static Scenario scenario(List<Hall> halls, List<Workload> workloads) {
        return new Scenario("test", "", halls, workloads, null, null, null, Map.of());
    }

    /** {@code s} with servers that host no replica powered down (the default keeps them on at idle). */
    public static Scenario poweringDownIdleServers(Scenario s) {
        return new Scenario(s.name(), s.description(), s.halls(), s.workloads(), s.plan(),
                new SimulationSettings(true, s.simulation().shiftDeferrable(), s.simulation().targetHeadroom()),
                s.financials(), s.constraintWeights());
    }

    /**
     * Two options per workload: a 4-accelerator replica serving 10 rps adding 4 kW, and an
     * 8-accelerator one serving 25 rps adding 8 kW (better per watt and per server).
     */
    public static DeploymentOptionSource options() {
        return (w, server) -> List.of(
                new DeploymentOption(w.id(), w.modelId(), server.id(), 4, Precision.FP8, 4, 32, 10, 4_000, 0.3, true),
                new DeploymentOption(w.id(), w.modelId(), server.id(), 8, Precision.FP8, 8, 64, 25, 8_000, 0.3, true));
    }
}
