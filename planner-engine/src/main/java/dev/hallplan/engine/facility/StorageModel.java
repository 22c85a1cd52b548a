package dev.hallplan.engine.facility;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.NetworkDevice;
import dev.hallplan.catalog.NetworkDevice.NetworkKind;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.catalog.ServerModel.NicFit;
import dev.hallplan.catalog.StorageSystem;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.Row;
import java.util.Optional;

/**
 * A hall's storage and how fast a replica's weights reach a server (docs/facility-model.md,
 * "Storage and cold start"). Cold start = weights bytes / min(storage read share, server network path).
 */
public final class StorageModel {
    private StorageModel() {
    }

    /**
     * The hall's mounted storage.
     *
     * @param capacityBytes        sum of the storage systems' capacity
     * @param readBytesPerSecond   sum of their read bandwidth
     */
    public record HallStorage(int systems, long capacityBytes, double readBytesPerSecond) {
        /** Capacity left after storing {@code requiredBytes} (weights, embeddings, caches); negative when short. */
        public long headroomBytes(long requiredBytes) {
            return capacityBytes - requiredBytes;
        }
    }

    public static HallStorage of(Hall hall, Catalog catalog) {
        int systems = 0;
        long capacity = 0;
        double read = 0;
        for (Row row : hall.rows()) {
            for (PlacedRack rack : row.racks()) {
                for (MountedEquipment eq : rack.equipment()) {
                    Optional<StorageSystem> s = catalog.storageSystem(eq.catalogId());
                    if (s.isPresent()) {
                        systems++;
                        capacity += s.get().capacityBytes();
                        read += s.get().readBytesPerSecond();
                    }
                }
            }
        }
        return new HallStorage(systems, capacity, read);
    }

    /**
     * The network path weights take into a server, in bytes per second: its DPUs' (front-end)
     * bandwidth, or its NICs' when it has no DPU; 0 when it lists neither.
     */
    public static double serverIngressBytesPerSecond(ServerModel server, Catalog catalog) {
        double dpu = 0;
        double nic = 0;
        for (NicFit fit : server.nics()) {
            Optional<NetworkDevice> d = catalog.networkDevice(fit.networkId());
            if (d.isPresent()) {
                double bits = fit.count() * d.get().totalBitsPerSecond();
                if (d.get().kind() == NetworkKind.DPU) {
                    dpu += bits;
                } else if (d.get().kind() == NetworkKind.NIC) {
                    nic += bits;
                }
            }
        }
        return (dpu > 0 ? dpu : nic) / 8;
    }

    /**
     * Seconds to load {@code weightsBytes} onto {@code server} while {@code concurrentLoads} replicas
     * load at once and share the hall's storage read bandwidth. Empty when there is no path
     * (no storage in the hall, or a server without network interfaces).
     */
    public static Optional<Double> coldStartSeconds(long weightsBytes, HallStorage storage, ServerModel server, Catalog catalog,
            int concurrentLoads) {
        if (weightsBytes < 0 || concurrentLoads < 1) {
            throw new IllegalArgumentException("weightsBytes must not be negative and concurrentLoads at least 1, were "
                    + weightsBytes + " and " + concurrentLoads);
        }
        double rate = Math.min(storage.readBytesPerSecond() / concurrentLoads, serverIngressBytesPerSecond(server, catalog));
        return rate > 0 ? Optional.of(weightsBytes / rate) : Optional.empty();
    }
}
