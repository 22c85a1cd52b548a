package dev.hallplan.engine.facility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CoolingType;
import dev.hallplan.catalog.NetworkDevice;
import dev.hallplan.catalog.NetworkDevice.NetworkKind;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.catalog.ServerModel.NicFit;
import dev.hallplan.engine.facility.FabricSizer.Fabrics;
import dev.hallplan.engine.project.Fixtures;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.PowerFeeds;
import dev.hallplan.engine.project.Redundancy;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FabricSizerTest {
    private static final Catalog CATALOG = Fixtures.catalog().toBuilder()
            .add(new NetworkDevice("nic-400g", "Test", "NIC 400G", NetworkKind.NIC, 1, 400e9, 25, 0, 2_000, null))
            .add(new NetworkDevice("dpu-2x200g", "Test", "DPU 2×200G", NetworkKind.DPU, 2, 200e9, 75, 0, 3_000, null))
            .add(new NetworkDevice("optic-400g", "Test", "Optic 400G", NetworkKind.OPTIC, 1, 400e9, 12, 0, 1_000, null))
            .add(new NetworkDevice("fibre", "Test", "Fibre", NetworkKind.CABLE, 1, 400e9, 0, 0, 100, null))
            .add(new NetworkDevice("switch-4p", "Test", "Tiny", NetworkKind.ETHERNET_SWITCH, 4, 400e9, 100, 1, 1_000, null))
            .add(new ServerModel("gpu-8nic", "Test", "8 GPU, 8 NIC, 1 DPU", "gpu-y", 8, 8, false, 14_000, 3_000, 2_000, 4, 100, 400_000,
                    CoolingType.DIRECT_LIQUID, 0.8, List.of(new NicFit("nic-400g", 8), new NicFit("dpu-2x200g", 1)), null))
            .add(new ServerModel("gpu-1nic", "Test", "1 NIC, no DPU", "gpu-y", 8, 8, false, 14_000, 3_000, 2_000, 4, 100, 400_000,
                    CoolingType.DIRECT_LIQUID, 0.8, List.of(new NicFit("nic-400g", 1)), null))
            .build();

    private static final FabricDesign DESIGN = new FabricDesign(Fixtures.SWITCH, Fixtures.SWITCH, "optic-400g", "fibre", 3);

    /** {@code racks} DLC racks of {@code perRack} servers of {@code serverId}. */
    private static Hall hall(String serverId, int racks, int perRack) {
        List<PlacedRack> rs = new ArrayList<>();
        for (int r = 0; r < racks; r++) {
            String id = "R" + r;
            rs.add(new PlacedRack(id, r, Fixtures.DLC_RACK, new PowerFeeds(Redundancy.TWO_N, 140_000, null),
                    IntStream.range(0, perRack).mapToObj(i -> new MountedEquipment(id + "-s" + i, serverId, 1 + 4 * i)).toList()));
        }
        return Halls.hall(Halls.row("A", racks, List.of(), rs));
    }

    @Test
    void railOptimisedBackEndForThirtyTwoEightNicServers() {
        Fabrics f = FabricSizer.size(hall("gpu-8nic", 4, 8), CATALOG, DESIGN);
        FabricSize b = f.backEnd();
        // 32 servers × 8 NICs: 8 rails of 32 ports. A 64-port leaf gives 32 down and 32 up, so one leaf per rail: 8 leaves;
        // 8 × 32 = 256 uplinks over 64-port spines: 4 spines. Links 256 + 256 = 512, optics 2 × 512.
        assertEquals(256, b.endpoints());
        assertEquals(8, b.leaves());
        assertEquals(4, b.spines());
        assertEquals(512, b.links());
        assertEquals(1_024, b.optics());
        // power: 12 switches × 1 kW + 1,024 optics × 12 W; space: 12 × 2U; price: 12 × $30k + 1,024 × $1k + 512 × $100
        assertEquals(24_288, b.powerWatts(), 1e-9);
        assertEquals(24, b.rackUnits());
        assertEquals(1_435_200, b.priceUsd(), 1e-9);
        assertTrue(b.fitsTwoTiers());
    }

    @Test
    void frontEndThatFitsOneSwitchHasNoSpine() {
        // 32 DPUs × 2 ports = 64 endpoints: exactly one 64-port switch
        FabricSize fe = FabricSizer.size(hall("gpu-8nic", 4, 8), CATALOG, DESIGN).frontEnd();
        assertEquals(64, fe.endpoints());
        assertEquals(1, fe.leaves());
        assertEquals(0, fe.spines());
        assertEquals(64, fe.links());
    }

    @Test
    void oversubscribedFrontEndLeavesGiveThreeQuartersDown() {
        // 100 servers without DPU: one front-end port each. At 3:1 a 64-port leaf has 48 down, 16 up:
        // ceil(100 / 48) = 3 leaves, 48 uplinks, 1 spine; links 100 + 48
        FabricSize fe = FabricSizer.size(hall("gpu-1nic", 10, 10), CATALOG, DESIGN).frontEnd();
        assertEquals(100, fe.endpoints());
        assertEquals(3, fe.leaves());
        assertEquals(1, fe.spines());
        assertEquals(148, fe.links());
    }

    @Test
    void storageAddsTwoFrontEndPorts() {
        Hall h = hall("gpu-1nic", 1, 2);
        PlacedRack rack = h.rows().get(0).racks().get(0);
        List<MountedEquipment> eq = new ArrayList<>(rack.equipment());
        eq.add(new MountedEquipment("R0-st", Fixtures.STORAGE, 40));
        Hall withStorage = h.withRows(List.of(h.rows().get(0).withRacks(List.of(rack.withEquipment(eq)))));
        // 2 servers × 1 port + 2 storage ports
        assertEquals(4, FabricSizer.size(withStorage, CATALOG, DESIGN).frontEnd().endpoints());
    }

    @Test
    void tooManyLeavesForTwoTiersIsReported() {
        // 4-port switches at 1:1 give 2 down per leaf: 8 endpoints need 4 leaves (fits: a spine joins at most 4),
        // 10 need 5 (does not)
        FabricDesign tiny = new FabricDesign("switch-4p", "switch-4p", "optic-400g", "fibre", 1);
        assertTrue(FabricSizer.size(hall("gpu-1nic", 1, 8), CATALOG, tiny).backEnd().fitsTwoTiers());
        assertFalse(FabricSizer.size(hall("gpu-1nic", 1, 10), CATALOG, tiny).backEnd().fitsTwoTiers());
    }

    @Test
    void hallWithoutServersNeedsNoFabric() {
        Fabrics f = FabricSizer.size(Halls.hall(Halls.row("A", 2, List.of(), List.of())), CATALOG, DESIGN);
        assertEquals(0, f.backEnd().switches() + f.frontEnd().switches());
    }
}
