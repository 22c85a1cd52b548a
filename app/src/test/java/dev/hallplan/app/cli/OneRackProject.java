package dev.hallplan.app.cli;

import dev.hallplan.catalog.Precision;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.engine.perf.Estimate;
import dev.hallplan.engine.project.CatalogCount;
import dev.hallplan.engine.project.Demand;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.LatencySlo;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.Plan;
import dev.hallplan.engine.project.PowerFeeds;
import dev.hallplan.engine.project.Project;
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

/** A one-rack project on the built-in catalog for command tests: four HGX H200 serving Llama 3.1 70B. */
final class OneRackProject {
    static final ServerModel H200 = Engines.sizing().catalog().server("nvidia-hgx-h200-8").orElseThrow();

    private OneRackProject() {
    }

    private static Workload chat(double peakRps) {
        return new Workload("chat", null, "llama-3.1-70b", "vllm", null, new Demand(peakRps, HourlyProfile.constant(1)),
                new RequestShape(1000, 300), LatencySlo.llm(2, 0.2), null, null, null, null, Precision.FP8, 5, 0, null);
    }

    /** The SLO-best operating point of the workload on an HGX H200. */
    static Estimate best() {
        return Engines.sizing().best(chat(1), "llama-3.1-70b", H200).orElseThrow();
    }

    /** Demand of {@code peakRps}; without a plan when {@code replicas} is empty, else one replica per listed server. */
    static Project project(double peakRps, List<String> replicaServers) {
        List<MountedEquipment> servers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            servers.add(new MountedEquipment("s" + i, "nvidia-hgx-h200-8", 1 + 8 * i));
        }
        Row row = new Row("A", 4, 0.6, List.of(new CatalogCount("cdu-row-1200kw", 1)),
                List.of(new PlacedRack("A-01", 0, "rack-rdhx-50kw", new PowerFeeds(Redundancy.TWO_N, 50_000, null), servers)));
        EnergySupply supply = new EnergySupply(1e6, 0, List.of(), null, HourlyProfile.constant(400),
                new Tariff(HourlyProfile.constant(100), 0));
        Hall hall = new Hall("h1", "Hall", null, new Region("US", "US"), null, null, null, null, supply, null, List.of(row));
        Estimate e = best();
        Plan plan = null;
        if (!replicaServers.isEmpty()) {
            List<ReplicaPlacement> replicas = new ArrayList<>();
            for (int i = 0; i < replicaServers.size(); i++) {
                replicas.add(new ReplicaPlacement("r" + i, "chat", "llama-3.1-70b", "h1", replicaServers.get(i), e.devices(),
                        e.weightPrecision(), e.parallelism().tensor(), e.batch()));
            }
            plan = new Plan("manual", "", replicas);
        }
        Scenario s = new Scenario("s", null, List.of(hall), List.of(chat(peakRps)), plan, null, null, Map.of());
        return new Project(1, "one rack", null, List.of(s));
    }
}
