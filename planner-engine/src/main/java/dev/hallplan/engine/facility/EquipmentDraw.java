package dev.hallplan.engine.facility;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CoolingType;
import dev.hallplan.catalog.NetworkDevice;
import dev.hallplan.catalog.RackType;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.catalog.StorageSystem;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.Row;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The one rule for what mounted equipment draws (docs/facility-model.md, "What equipment
 * draws"), read by the facility model, the solver's facts and the year simulation:
 * <ul>
 *   <li>a switch, NIC, optic or storage system draws its catalog {@code powerWatts} all year;</li>
 *   <li>a server draws its catalog idle power while on, plus what its replicas add when they serve
 *       ({@code engine.plan.ReplicaPower}); it is on when it hosts a replica, and an unused server is
 *       on or off as {@link IdleServers} says;</li>
 *   <li>a hall whose racks hold no switch gets its fabric sized ({@link FabricSizer#unplaced}); that
 *       fabric's power is hall IT load outside every rack.</li>
 * </ul>
 */
public final class EquipmentDraw {
    private EquipmentDraw() {
    }

    /** Catalog draw of a network device or storage system; empty for servers and ids the catalog lacks. */
    public static OptionalDouble deviceWatts(Catalog catalog, String catalogId) {
        Optional<NetworkDevice> net = catalog.networkDevice(catalogId);
        if (net.isPresent()) {
            return OptionalDouble.of(net.get().powerWatts());
        }
        Optional<StorageSystem> storage = catalog.storageSystem(catalogId);
        return storage.isPresent() ? OptionalDouble.of(storage.get().powerWatts()) : OptionalDouble.empty();
    }

    /**
     * A server's draw.
     *
     * @param on                   true when it hosts a replica or unused servers stay on
     * @param replicaIncrementWatts what its replicas add over idle at their load (0 when none serves)
     */
    public static double serverWatts(ServerModel server, boolean on, double replicaIncrementWatts) {
        return (on ? server.idlePowerWatts() : 0) + replicaIncrementWatts;
    }

    /**
     * What {@code rack} draws whatever the plan: its network devices and storage, and, when unused
     * servers stay on ({@link IdleServers#ON}), the idle power of every server. With
     * {@link IdleServers#POWERED_DOWN} a server's idle power counts only once it hosts a replica,
     * so it is not here. Split into air and liquid heat by the rack's cooling. Unknown catalog ids
     * count as 0 W (the facility model flags them; the solver and the year simulation refuse them).
     */
    public static HeatLoad fixedHeat(PlacedRack rack, Catalog catalog, IdleServers idle) {
        CoolingType cooling = catalog.rackType(rack.rackTypeId()).map(RackType::cooling).orElse(null);
        double air = 0;
        double liquid = 0;
        for (MountedEquipment e : rack.equipment()) {
            Optional<ServerModel> server = catalog.server(e.catalogId());
            double watts;
            double share;
            if (server.isPresent()) {
                watts = idle == IdleServers.ON ? server.get().idlePowerWatts() : 0;
                share = HeatLoad.liquidShare(cooling, server.get().liquidHeatFraction());
            } else {
                watts = deviceWatts(catalog, e.catalogId()).orElse(0);
                share = HeatLoad.liquidShare(cooling, 0);
            }
            liquid += watts * share;
            air += watts * (1 - share);
        }
        return new HeatLoad(air, liquid);
    }

    /** Power of the hall's sized network fabric (0 when switches are placed in its racks). */
    public static double fabricWatts(Hall hall, Catalog catalog) {
        return FabricSizer.unplaced(hall, catalog).map(FabricSizer.Fabrics::powerWatts).orElse(0.0);
    }

    /**
     * Nameplate IT of a hall: every server at its catalog maximum, every device at its catalog
     * power, plus the sized fabric. What the power chain and the facility capex are sized for.
     */
    public static double nameplateWatts(Hall hall, Catalog catalog) {
        return nameplateWatts(hall.rows(), catalog);
    }

    /** {@link #nameplateWatts(Hall, Catalog)} of a hall's rows (halls still being built, e.g. to size their power chain). */
    public static double nameplateWatts(List<Row> rows, Catalog catalog) {
        double watts = FabricSizer.unplaced(rows, catalog).map(FabricSizer.Fabrics::powerWatts).orElse(0.0);
        for (Row row : rows) {
            for (PlacedRack rack : row.racks()) {
                for (MountedEquipment e : rack.equipment()) {
                    Optional<ServerModel> server = catalog.server(e.catalogId());
                    watts += server.isPresent() ? server.get().maxPowerWatts() : deviceWatts(catalog, e.catalogId()).orElse(0);
                }
            }
        }
        return watts;
    }
}
