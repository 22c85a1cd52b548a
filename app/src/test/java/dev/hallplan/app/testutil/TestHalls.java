package dev.hallplan.app.testutil;

import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.PowerFeeds;
import dev.hallplan.engine.project.Redundancy;
import dev.hallplan.engine.project.Region;
import dev.hallplan.engine.project.Row;
import dev.hallplan.engine.supply.EnergySupply;
import dev.hallplan.engine.supply.HourlyProfile;
import dev.hallplan.engine.supply.Tariff;
import java.util.ArrayList;
import java.util.List;

/** Small hand-built halls for UI tests. */
public final class TestHalls {
    private TestHalls() {
    }

    /** Two rows of 12 positions, racks in the first 10 and 8 positions. */
    public static Hall twoRows() {
        EnergySupply supply = new EnergySupply(10e6, 0, List.of(), null, HourlyProfile.constant(300),
                new Tariff(HourlyProfile.constant(80), 10));
        return new Hall("hall-1", "Test hall", null, new Region("DE", "EU"), null, null, null, null, supply, null,
                List.of(row("A", 10), row("B", 8)));
    }

    private static Row row(String id, int racks) {
        List<PlacedRack> list = new ArrayList<>();
        for (int i = 0; i < racks; i++) {
            list.add(new PlacedRack(id + "-" + String.format("%02d", i + 1), i, "rack-air-40kw",
                    new PowerFeeds(Redundancy.TWO_N, 40_000, null), List.of()));
        }
        return new Row(id, 12, 0.6, List.of(), list);
    }
}
