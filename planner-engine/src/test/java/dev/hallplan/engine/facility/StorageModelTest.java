package dev.hallplan.engine.facility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CoolingType;
import dev.hallplan.catalog.NetworkDevice;
import dev.hallplan.catalog.NetworkDevice.NetworkKind;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.catalog.ServerModel.NicFit;
import dev.hallplan.engine.facility.StorageModel.HallStorage;
import dev.hallplan.engine.project.Fixtures;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.PowerFeeds;
import dev.hallplan.engine.project.Redundancy;
import java.util.List;
import org.junit.jupiter.api.Test;

class StorageModelTest {
    private static final Catalog CATALOG = Fixtures.catalog().toBuilder()
            .add(new NetworkDevice("nic-400g", "Test", "NIC 400G", NetworkKind.NIC, 1, 400e9, 25, 0, 2_000, null))
            .add(new NetworkDevice("dpu-2x200g", "Test", "DPU 2×200G", NetworkKind.DPU, 2, 200e9, 75, 0, 3_000, null))
            .add(new ServerModel("gpu-dpu", "Test", "8 NIC + DPU", "gpu-y", 8, 8, false, 14_000, 3_000, 2_000, 4, 100, 400_000,
                    CoolingType.DIRECT_LIQUID, 0.8, List.of(new NicFit("nic-400g", 8), new NicFit("dpu-2x200g", 1)), null))
            .add(new ServerModel("gpu-nic", "Test", "2 NIC", "gpu-y", 8, 8, false, 14_000, 3_000, 2_000, 4, 100, 400_000,
                    CoolingType.DIRECT_LIQUID, 0.8, List.of(new NicFit("nic-400g", 2)), null))
            .build();

    /** One rack with {@code storageNodes} of the fixture's 100 TB, 20 GB/s NVMe nodes. */
    private static Hall hallWithStorage(int storageNodes) {
        List<MountedEquipment> eq = new java.util.ArrayList<>();
        for (int i = 0; i < storageNodes; i++) {
            eq.add(new MountedEquipment("st" + i, Fixtures.STORAGE, 1 + i));
        }
        return Halls.hall(Halls.row("A", 1, List.of(), List.of(new PlacedRack("A-01", 0, Fixtures.AIR_RACK,
                new PowerFeeds(Redundancy.TWO_N, 40_000, null), eq))));
    }

    private static ServerModel server(String id) {
        return CATALOG.server(id).orElseThrow();
    }

    @Test
    void hallStorageSumsItsSystems() {
        HallStorage s = StorageModel.of(hallWithStorage(3), CATALOG);
        assertEquals(3, s.systems());
        assertEquals(300_000_000_000_000L, s.capacityBytes());
        assertEquals(60e9, s.readBytesPerSecond(), 0);
        assertEquals(-50_000_000_000_000L, s.headroomBytes(350_000_000_000_000L));
    }

    @Test
    void dpuBandwidthIsTheServersPathWhenPresent() {
        // one DPU with 2 × 200 Gb/s = 400 Gb/s = 50 GB/s (the eight back-end NICs do not carry weights)
        assertEquals(50e9, StorageModel.serverIngressBytesPerSecond(server("gpu-dpu"), CATALOG), 0);
        // without a DPU the NICs carry it: 2 × 400 Gb/s = 100 GB/s
        assertEquals(100e9, StorageModel.serverIngressBytesPerSecond(server("gpu-nic"), CATALOG), 0);
    }

    @Test
    void coldStartIsBoundByTheSlowerOfStorageAndNetwork() {
        HallStorage s = StorageModel.of(hallWithStorage(3), CATALOG);
        long weights = 140_000_000_000L;   // a 70B-parameter model in BF16
        // alone: min(60 GB/s storage, 50 GB/s DPU) = 50 GB/s -> 2.8 s
        assertEquals(2.8, StorageModel.coldStartSeconds(weights, s, server("gpu-dpu"), CATALOG, 1).orElseThrow(), 1e-12);
        // ten at once share 60 GB/s: 6 GB/s each -> 23.3 s
        assertEquals(140.0 / 6.0, StorageModel.coldStartSeconds(weights, s, server("gpu-dpu"), CATALOG, 10).orElseThrow(), 1e-9);
    }

    @Test
    void noStorageMeansNoColdStartPath() {
        HallStorage none = StorageModel.of(hallWithStorage(0), CATALOG);
        assertTrue(StorageModel.coldStartSeconds(1, none, server("gpu-dpu"), CATALOG, 1).isEmpty());
    }
}
