package dev.hallplan.engine.tco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.engine.energy.HallSimulation;
import dev.hallplan.engine.energy.PueFunction;
import dev.hallplan.engine.energy.TestHalls;
import dev.hallplan.engine.project.CatalogCount;
import dev.hallplan.engine.project.FinancialAssumptions;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.Plan;
import dev.hallplan.engine.project.PowerChain;
import dev.hallplan.engine.project.Redundancy;
import dev.hallplan.engine.project.Region;
import dev.hallplan.engine.project.Row;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.supply.Battery;
import dev.hallplan.engine.supply.EnergySupply;
import dev.hallplan.engine.supply.HourlyProfile;
import dev.hallplan.engine.supply.Tariff;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TcoCalculatorTest {
    private static final FinancialAssumptions MONEY = new FinancialAssumptions(5, 11.0, 0.05, 15);

    /**
     * One 2N rack ($2,000, two $1,500 PDUs) with two $200,000 servers (10 kW each), a $20,000
     * switch (500 W) and $30,000 of storage (800 W); two $50,000 transformers, two $100,000 UPS,
     * three $40,000 CRAHs on the row, and a $500,000 battery.
     */
    private static Hall hall(List<MountedEquipment> extra) {
        List<MountedEquipment> equipment = new ArrayList<>(List.of(
                new MountedEquipment("s1", "srv", 1), new MountedEquipment("s2", "srv", 9),
                new MountedEquipment("sw1", "sw", 40), new MountedEquipment("st1", "nvme", 30)));
        equipment.addAll(extra);
        PlacedRack rack = TestHalls.rack("r1", equipment);
        EnergySupply supply = new EnergySupply(1e6, 0, List.of(), new Battery(3.6e9, 1e6, 0.9, 0.1, 500_000),
                HourlyProfile.constant(400), new Tariff(HourlyProfile.constant(100), 0));
        return new Hall("h1", null, null, new Region("DE", "EU"), null, null,
                new PowerChain(List.of(new CatalogCount("tx", 2)), List.of(new CatalogCount("ups", 2)), Redundancy.N),
                null, supply, null, List.of(new Row("row-1", 10, 0.6, List.of(new CatalogCount("crah", 3)), List.of(rack))));
    }

    @Test
    void capexLinesPriceEveryItemAtCatalogPrices() {
        BillOfMaterials bom = BillOfMaterials.of(List.of(hall(List.of())), TestHalls.catalog());
        assertEquals(400_000, total(bom, CostCategory.SERVERS)); // 2 x $200,000
        assertEquals(20_000, total(bom, CostCategory.NETWORK));
        assertEquals(30_000, total(bom, CostCategory.STORAGE));
        assertEquals(2_000, total(bom, CostCategory.RACKS));
        assertEquals(3_000, total(bom, CostCategory.RACK_PDUS)); // 2N: one PDU per feed
        assertEquals(300_000, total(bom, CostCategory.POWER_EQUIPMENT)); // 2 x 50k + 2 x 100k
        assertEquals(120_000, total(bom, CostCategory.COOLING)); // 3 x 40k
        assertEquals(500_000, total(bom, CostCategory.BATTERY));
        assertEquals(1_375_000, bom.totalUsd());
        // Nameplate IT: 2 x 10 kW + 500 W + 800 W.
        assertEquals(21_300, bom.criticalItWatts());
        assertTrue(bom.missingPriceIds().isEmpty());
    }

    @Test
    void annualTcoAndCostPerMillionTokens() {
        // A year of 200 MWh facility energy costing $50,000 and serving 1e10 output tokens.
        AnnualEnergy energy = new AnnualEnergy(50_000, 200 * 3.6e9, 1e10);
        TcoResult r = TcoCalculator.compute(List.of(hall(List.of())), TestHalls.catalog(), MONEY, energy);

        assertEquals(1_375_000, r.hardwareCapexUsd());
        assertEquals(234_300, r.facilityCapexUsd(), 1e-6); // 21,300 W x $11/W
        assertEquals(275_000, r.hardwareAmortisationUsdPerYear(), 1e-6); // 1,375,000 / 5
        assertEquals(15_620, r.facilityAmortisationUsdPerYear(), 1e-6); // 234,300 / 15
        assertEquals(68_750, r.maintenanceUsdPerYear(), 1e-6); // 5% of hardware capex
        // 275,000 + 15,620 + 68,750 + 50,000
        assertEquals(409_370, r.annualTcoUsd(), 1e-6);
        // 409,370 USD over 10,000 million tokens.
        assertEquals(40.937, r.usdPerMillionOutputTokens().getAsDouble(), 1e-9);
        // 1e10 tokens over 200,000 kWh.
        assertEquals(50_000, r.outputTokensPerKwh().getAsDouble(), 1e-9);
        // The breakdown's lines add up to the capex, FACILITY last.
        assertEquals(r.capexUsd(), r.capexLines().stream().mapToDouble(CapexLine::totalUsd).sum(), 1e-6);
        assertEquals(CostCategory.FACILITY, r.capexLines().get(r.capexLines().size() - 1).category());
        assertFalse(r.incomplete());
    }

    @Test
    void missingPricesAreFlaggedAndCountedAtZero() {
        Catalog catalog = TestHalls.catalog().toBuilder().add(TestHalls.server("unpriced", 0)).build();
        Hall hall = hall(List.of(new MountedEquipment("s3", "unpriced", 17), new MountedEquipment("g", "ghost", 20)));
        TcoResult r = TcoCalculator.compute(List.of(hall), catalog, MONEY, new AnnualEnergy(0, 0, 0));

        assertEquals(List.of("ghost", "unpriced"), r.missingPriceIds());
        assertTrue(r.incomplete());
        assertEquals(1_375_000, r.hardwareCapexUsd()); // the two unpriced items add nothing
        CapexLine unpriced = r.capexLines().stream().filter(l -> l.itemId().equals("unpriced")).findFirst().orElseThrow();
        assertTrue(unpriced.priceMissing());
        assertEquals(1, unpriced.count());
        // No tokens and no energy: the ratios are undefined rather than 0 or infinite.
        assertTrue(r.usdPerMillionOutputTokens().isEmpty());
        assertTrue(r.outputTokensPerKwh().isEmpty());
    }

    @Test
    void annualEnergyComesFromTheSimulatedHalls() {
        Hall hall = hall(List.of());
        Scenario scenario = new Scenario("s", null, List.of(hall),
                List.of(TestHalls.workload("w", 15, HourlyProfile.constant(1), 0)),
                new Plan("manual", "", List.of(TestHalls.replica("a", "w", "h1", "s1"), TestHalls.replica("b", "w", "h1", "s2"))),
                null, MONEY, null);
        List<HallSimulation.HallYear> years = HallSimulation.runAll(scenario, TestHalls.catalog(),
                TestHalls.uniformPerformance(), h -> PueFunction.constant(1));
        AnnualEnergy energy = AnnualEnergy.of(years);
        // IT: replicas 1000 + 600 W, switch 500 W, storage 800 W = 2900 W all year from the grid
        // (no renewables, so the battery never charges): 25.404 MWh at $100/MWh = $2,540.40.
        assertEquals(2540.40, energy.energyCostUsd(), 1e-6);
        assertEquals(2900 * 8760 * 3600.0, energy.facilityEnergyJoules(), 1e-3);
        // 15 req/s x 100 output tokens, all year.
        assertEquals(15 * 100 * 8760 * 3600.0, energy.outputTokens(), 1);
        TcoResult r = TcoCalculator.forScenario(scenario, TestHalls.catalog(), energy);
        assertEquals(275_000 + 15_620 + 68_750 + 2540.40, r.annualTcoUsd(), 1e-6);
    }

    private static double total(BillOfMaterials bom, CostCategory category) {
        return bom.lines().stream().filter(l -> l.category() == category).mapToDouble(CapexLine::totalUsd).sum();
    }
}
