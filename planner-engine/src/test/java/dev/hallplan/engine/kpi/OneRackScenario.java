package dev.hallplan.engine.kpi;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CatalogLoader;
import dev.hallplan.catalog.Precision;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.engine.perf.Estimate;
import dev.hallplan.engine.perf.ModelZoo;
import dev.hallplan.engine.plan.ReplicaSizing;
import dev.hallplan.engine.project.CatalogCount;
import dev.hallplan.engine.project.Demand;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.LatencySlo;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.Plan;
import dev.hallplan.engine.project.PowerFeeds;
import dev.hallplan.engine.project.Redundancy;
import dev.hallplan.engine.project.Region;
import dev.hallplan.engine.project.ReplicaPlacement;
import dev.hallplan.engine.project.RequestShape;
import dev.hallplan.engine.project.Row;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.Workload;
import dev.hallplan.engine.supply.EnergySupply;
import dev.hallplan.engine.supply.HourlyProfile;
import dev.hallplan.engine.supply.Tariff;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small hand-made scenario for report and use-case tests: one rack of four HGX H200 serving Llama 3.1 70B. */
public final class OneRackScenario {
    public static final Catalog CATALOG = CatalogLoader.builtIn();
    public static final ReplicaSizing SIZING = new ReplicaSizing(CATALOG, ModelZoo.builtIn());
    public static final ServerModel H200 = CATALOG.server("nvidia-hgx-h200-8").orElseThrow();

    private OneRackScenario() {
    }

    /** One rack of four HGX H200, flat demand of 100 req/s for Llama 3.1 70B at 2 s / 200 ms. */
    public static Scenario scenario(int replicaCount) {
        List<MountedEquipment> servers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            servers.add(new MountedEquipment("A-01-s" + i, "nvidia-hgx-h200-8", 1 + 8 * i));
        }
        Row row = new Row("A", 4, 0.6, List.of(new CatalogCount("cdu-row-1200kw", 1)),
                List.of(new PlacedRack("A-01", 0, "rack-rdhx-50kw", new PowerFeeds(Redundancy.TWO_N, 50_000, null), servers)));
        EnergySupply supply = new EnergySupply(1e6, 0, List.of(), null, HourlyProfile.constant(400),
                new Tariff(HourlyProfile.constant(100), 0));
        Hall hall = new Hall("h1", "Hall", null, new Region("US", "US"), null, null, null, null, supply, null, List.of(row));
        Workload chat = new Workload("chat", null, "llama-3.1-70b", "vllm", null,
                new Demand(100, HourlyProfile.constant(1)), new RequestShape(1000, 300), LatencySlo.llm(2, 0.2),
                null, null, null, null, Precision.FP8, 5, 0, null);
        Estimate best = SIZING.best(chat, "llama-3.1-70b", H200).orElseThrow();
        List<ReplicaPlacement> replicas = new ArrayList<>();
        for (int i = 0; i < replicaCount; i++) {
            int perServer = H200.acceleratorCount() / best.devices();
            replicas.add(new ReplicaPlacement("r" + i, "chat", "llama-3.1-70b", "h1", "A-01-s" + (i / perServer),
                    best.devices(), best.weightPrecision(), best.parallelism().tensor(), best.batch()));
        }
        return new Scenario("s", null, List.of(hall), List.of(chat), new Plan("manual", null, replicas), null, null, Map.of());
    }

}
