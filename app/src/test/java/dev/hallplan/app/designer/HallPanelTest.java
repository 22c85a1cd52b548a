package dev.hallplan.app.designer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.energy.SupplyAdequacy;
import dev.hallplan.engine.supply.EnergySupply;
import dev.hallplan.engine.supply.HourlyProfile;
import dev.hallplan.engine.supply.Tariff;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class HallPanelTest {
    @Test
    void theHourlySupplyLineIsTheSupplyAdequacyModelsLimitAndSaysWhenNameplateExceedsIt() {
        // a 1 MW tie-in and nothing else at a PUE of 1.25 all year carries 800 kW of IT every hour
        EnergySupply supply = new EnergySupply(1e6, 0, List.of(), null, HourlyProfile.constant(300),
                new Tariff(HourlyProfile.constant(80), 0));
        List<Double> pue = Collections.nCopies(12, 1.25);
        double carried = new HourlySupplyLimit().itWatts(supply, pue);
        assertEquals(SupplyAdequacy.of(supply).largestConstantItWatts(new double[] {1.25, 1.25, 1.25, 1.25, 1.25, 1.25, 1.25,
                1.25, 1.25, 1.25, 1.25, 1.25}), carried);
        assertEquals(800_000, carried, 1);
        assertEquals("carries " + UnitFormat.watts(carried) + " IT · nameplate fits", HallPanel.supplyText(carried, 700_000));
        String over = HallPanel.supplyText(carried, 900_000);
        assertTrue(over.endsWith("nameplate ⚠ " + UnitFormat.watts(900_000 - carried) + " over"), over);
        assertEquals("no limit", HallPanel.supplyText(Double.POSITIVE_INFINITY, 1e9));
    }
}
