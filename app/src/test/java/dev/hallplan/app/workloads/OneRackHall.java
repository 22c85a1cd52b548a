package dev.hallplan.app.workloads;

import dev.hallplan.engine.project.CatalogCount;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.PowerFeeds;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Redundancy;
import dev.hallplan.engine.project.Region;
import dev.hallplan.engine.project.Row;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.supply.EnergySupply;
import dev.hallplan.engine.supply.HourlyProfile;
import dev.hallplan.engine.supply.Tariff;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small project on the built-in catalog: one rack of four HGX H200 (32 GPUs), no workloads yet. */
final class OneRackHall {
    private OneRackHall() {
    }

    static Project project() {
        List<MountedEquipment> servers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            servers.add(new MountedEquipment("s" + i, "nvidia-hgx-h200-8", 1 + 8 * i));
        }
        Row row = new Row("A", 4, 0.6, List.of(new CatalogCount("cdu-row-1200kw", 1)),
                List.of(new PlacedRack("A-01", 0, "rack-rdhx-50kw", new PowerFeeds(Redundancy.TWO_N, 50_000, null), servers)));
        EnergySupply supply = new EnergySupply(1e6, 0, List.of(), null, HourlyProfile.constant(400),
                new Tariff(HourlyProfile.constant(100), 0));
        Hall hall = new Hall("h1", "Hall", null, new Region("US", "US"), null, null, null, null, supply, null, List.of(row));
        return new Project(1, "one rack", null, List.of(new Scenario("s", null, List.of(hall), List.of(), null, null, null, Map.of())));
    }
}
