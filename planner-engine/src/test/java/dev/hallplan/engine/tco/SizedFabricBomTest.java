package dev.hallplan.engine.tco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CatalogLoader;
import dev.hallplan.engine.facility.FabricDesign;
import dev.hallplan.engine.facility.FabricSizer;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.MountedEquipment;
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
import org.junit.jupiter.api.Test;

/** Halls without placed switches get their sized fabric in the BOM; halls with placed switches are priced as drawn. */
class SizedFabricBomTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();

    private static Hall hall(boolean withSwitch) {
        List<MountedEquipment> eq = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            eq.add(new MountedEquipment("s" + i, "nvidia-hgx-h100-8", 1 + 8 * i));
        }
        if (withSwitch) {
            eq.add(new MountedEquipment("sw", "nvidia-qm9700", 40));
        }
        PlacedRack rack = new PlacedRack("A-01", 0, "rack-rdhx-50kw", new PowerFeeds(Redundancy.TWO_N, 50_000, null), eq);
        EnergySupply supply = new EnergySupply(1e6, 0, List.of(), null, HourlyProfile.constant(300),
                new Tariff(HourlyProfile.constant(80), 0));
        return new Hall("h", null, null, new Region("US", "US"), null, null, null, null, supply, null,
                List.of(new Row("A", 2, 0.6, List.of(), List.of(rack))));
    }

    private static long count(BillOfMaterials bom, String id) {
        return bom.lines().stream().filter(l -> l.itemId().equals(id)).mapToLong(CapexLine::count).sum();
    }

    @Test
    void unplacedFabricIsSizedIntoTheBom() {
        Hall hall = hall(false);
        FabricSizer.Fabrics f = FabricSizer.size(hall, CATALOG, FabricDesign.DEFAULT);
        BillOfMaterials bom = BillOfMaterials.of(List.of(hall), CATALOG);
        // the sizer's counts, priced: back-end QM9700s, front-end SN5600s, optics and cables of both fabrics
        assertEquals(f.backEnd().switches(), count(bom, "nvidia-qm9700"));
        assertEquals(f.frontEnd().switches(), count(bom, "nvidia-sn5600"));
        assertEquals(f.backEnd().optics() + f.frontEnd().optics(), count(bom, "optic-400g-qsfpdd"));
        assertTrue(count(bom, "nvidia-qm9700") > 0, "four HGX servers with 8 NICs each need back-end leaves");
    }

    @Test
    void placedSwitchesAreTakenAsTheFabric() {
        BillOfMaterials bom = BillOfMaterials.of(List.of(hall(true)), CATALOG);
        assertEquals(1, count(bom, "nvidia-qm9700"), "only the switch the user placed");
        assertEquals(0, count(bom, "optic-400g-qsfpdd"));
    }
}
