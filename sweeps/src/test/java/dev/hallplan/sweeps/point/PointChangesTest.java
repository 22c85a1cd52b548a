package dev.hallplan.sweeps.point;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CatalogLoader;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.solver.domain.ConstraintNames;
import dev.hallplan.engine.supply.EnergySupply;
import dev.hallplan.samples.Samples;
import dev.hallplan.sweeps.spec.Axis;
import dev.hallplan.sweeps.spec.AxisKind;
import dev.hallplan.sweeps.spec.SweepPoint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PointChangesTest {
    static final Project BASE = Samples.load("default");

    static Axis axis(String name, AxisKind kind, String accelerator, String vendor, String workload) {
        return new Axis(name, kind, accelerator, vendor, workload, List.of(1.0), Double.NaN, Double.NaN);
    }

    static Scenario changed(String scenario, Axis axis, double m) {
        return PointChanges.apply(BASE, new SweepPoint(0, scenario, Map.of(axis.name(), m)), List.of(axis))
                .scenarioOrFirst(scenario);
    }

    static EnergySupply supply(Scenario s) {
        return s.halls().get(0).supply();
    }

    @Test
    void energyPriceScalesEveryHourOfTheTariffAndNothingElse() {
        Scenario before = BASE.scenarioOrFirst("B200");
        Scenario after = changed("B200", axis("e", AxisKind.ENERGY_PRICE, null, null, null), 1.5);
        double[] was = supply(before).tariff().energyUsdPerMwh().values();
        double[] is = supply(after).tariff().energyUsdPerMwh().values();
        for (int h = 0; h < was.length; h++) {
            assertEquals(was[h] * 1.5, is[h], 1e-9, "hour " + h);
        }
        assertEquals(supply(before).tariff().demandChargeUsdPerKwMonth(), supply(after).tariff().demandChargeUsdPerKwMonth());
        assertEquals(supply(before).renewables(), supply(after).renewables());
        assertEquals(before.workloads(), after.workloads());
    }

    @Test
    void renewablesScaleTheNameplateOfEverySource() {
        Scenario after = changed("H200", axis("r", AxisKind.RENEWABLES, null, null, null), 2.0);
        var was = supply(BASE.scenarioOrFirst("H200")).renewables();
        var is = supply(after).renewables();
        assertEquals(was.size(), is.size());
        for (int i = 0; i < was.size(); i++) {
            assertEquals(was.get(i).capacityWatts() * 2, is.get(i).capacityWatts(), 1e-6);
            assertEquals(was.get(i).priceUsdPerMwh(), is.get(i).priceUsdPerMwh());
        }
        assertArrayEquals(supply(BASE.scenarioOrFirst("H200")).tariff().energyUsdPerMwh().values(),
                supply(after).tariff().energyUsdPerMwh().values());
    }

    @Test
    void demandOnOneWorkloadScalesOnlyItsPeak() {
        Scenario before = BASE.scenarioOrFirst("H200");
        Scenario after = changed("H200", axis("d", AxisKind.DEMAND, null, null, "chat-70b"), 1.25);
        assertEquals(before.workload("chat-70b").orElseThrow().demand().peakRequestsPerSecond() * 1.25,
                after.workload("chat-70b").orElseThrow().demand().peakRequestsPerSecond(), 1e-9);
        assertEquals(before.workload("embed").orElseThrow(), after.workload("embed").orElseThrow());
        assertEquals(before.halls(), after.halls());
    }

    @Test
    void carbonPriceMultipliesTheSolversGridCarbonWeight() {
        Scenario after = changed("H200", axis("c", AxisKind.CARBON_PRICE, null, null, null), 3.0);
        assertEquals(Map.of(ConstraintNames.GRID_CARBON, 3.0), after.constraintWeights());
    }

    @Test
    void otherScenariosOfTheProjectStayAsTheyWere() {
        Axis e = axis("e", AxisKind.ENERGY_PRICE, null, null, null);
        Project p = PointChanges.apply(BASE, new SweepPoint(0, "B200", Map.of("e", 2.0)), List.of(e));
        assertSame(BASE.scenarioOrFirst("H200"), p.scenarioOrFirst("H200"));
    }

    @Test
    void hardwarePriceOfAVendorScalesOnlyServersCarryingItsAccelerators() {
        Catalog base = CatalogLoader.builtIn();
        Axis nvidia = axis("n", AxisKind.HARDWARE_PRICE, null, "nvidia", null);
        Axis mi325x = axis("m", AxisKind.HARDWARE_PRICE, "amd-mi325x", null, null);
        Catalog c = PointChanges.catalog(base, new SweepPoint(0, "H200", Map.of("n", 0.8, "m", 1.5)), List.of(nvidia, mi325x));
        ServerModel h200 = base.server("nvidia-hgx-h200-8").orElseThrow();
        ServerModel amd = base.server("amd-mi325x-8").orElseThrow();
        assertEquals(h200.priceUsd() * 0.8, c.server(h200.id()).orElseThrow().priceUsd(), 1e-6);
        assertEquals(amd.priceUsd() * 1.5, c.server(amd.id()).orElseThrow().priceUsd(), 1e-6);
        assertEquals(List.copyOf(base.rackTypes()), List.copyOf(c.rackTypes()));
        assertEquals(h200.sources().of("priceUsd").orElseThrow().source(),
                c.server(h200.id()).orElseThrow().sources().of("priceUsd").orElseThrow().source(), "the price keeps its source");
    }

    @Test
    void demandOnAnUnknownWorkloadFailsThePointWithItsName() {
        var ex = assertThrows(IllegalArgumentException.class,
                () -> changed("H200", axis("d", AxisKind.DEMAND, null, null, "nope"), 1.1));
        assertEquals("scenario H200 has no workload nope", ex.getMessage());
    }
}
