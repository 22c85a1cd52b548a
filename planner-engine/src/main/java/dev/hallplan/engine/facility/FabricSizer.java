package dev.hallplan.engine.facility;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.NetworkDevice;
import dev.hallplan.catalog.NetworkDevice.NetworkKind;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.catalog.ServerModel.NicFit;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.Row;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Sizes a hall's back-end (GPU) and front-end fabrics from the NICs of its mounted servers, so the
 * bill of materials is complete without drawing every switch (rules in docs/facility-model.md,
 * "Network fabric"). NICs of kind NIC are back-end ports, one rail per NIC position in a server;
 * DPUs are front-end ports; a server without a DPU gets one front-end port; a storage system two.
 */
public final class FabricSizer {
    /** Front-end ports assumed per storage system (a redundant pair). */
    static final int STORAGE_FRONT_END_PORTS = 2;

    private FabricSizer() {
    }

    /**
     * The fabric a hall needs beyond what is drawn: when no switch is placed in its racks, its
     * fabrics sized with {@link FabricDesign#DEFAULT}; empty when switches are placed (the hall is
     * then taken as drawn) or the catalog lacks the default design's parts. The bill of materials
     * prices this fabric and the power accounting ({@link EquipmentDraw#fabricWatts}) counts its
     * power as hall IT load.
     */
    public static Optional<Fabrics> unplaced(Hall hall, Catalog catalog) {
        return unplaced(hall.rows(), catalog);
    }

    /** {@link #unplaced(Hall, Catalog)} for a hall's rows (halls still being built). */
    public static Optional<Fabrics> unplaced(List<Row> rows, Catalog catalog) {
        FabricDesign d = FabricDesign.DEFAULT;
        boolean placedSwitches = rows.stream().flatMap(r -> r.racks().stream()).flatMap(r -> r.equipment().stream())
                .map(e -> catalog.networkDevice(e.catalogId()))
                .anyMatch(n -> n.isPresent() && (n.get().kind() == NetworkKind.INFINIBAND_SWITCH
                        || n.get().kind() == NetworkKind.ETHERNET_SWITCH));
        boolean designKnown = Stream.of(d.backEndSwitchId(), d.frontEndSwitchId(), d.opticId(), d.cableId())
                .allMatch(id -> catalog.networkDevice(id).isPresent());
        return placedSwitches || !designKnown ? Optional.empty() : Optional.of(size(rows, catalog, d));
    }

    /** The back-end and front-end fabric of {@code hall}. */
    public static Fabrics size(Hall hall, Catalog catalog, FabricDesign design) {
        return size(hall.rows(), catalog, design);
    }

    private static Fabrics size(List<Row> rows, Catalog catalog, FabricDesign design) {
        NetworkDevice backSwitch = device(catalog, design.backEndSwitchId());
        NetworkDevice frontSwitch = device(catalog, design.frontEndSwitchId());
        NetworkDevice optic = device(catalog, design.opticId());
        NetworkDevice cable = device(catalog, design.cableId());
        TreeMap<Integer, Integer> portsPerRail = new TreeMap<>();
        int frontEnd = 0;
        for (Row row : rows) {
            for (PlacedRack rack : row.racks()) {
                for (MountedEquipment eq : rack.equipment()) {
                    Optional<ServerModel> server = catalog.server(eq.catalogId());
                    if (server.isPresent()) {
                        frontEnd += addServerPorts(server.get(), catalog, portsPerRail);
                    } else if (catalog.storageSystem(eq.catalogId()).isPresent()) {
                        frontEnd += STORAGE_FRONT_END_PORTS;
                    }
                }
            }
        }
        FabricSize backEnd = portsPerRail.isEmpty() ? FabricSize.none()
                : LeafSpine.size(portsPerRail.values().stream().mapToInt(Integer::intValue).toArray(), 1, backSwitch, optic, cable);
        FabricSize front = frontEnd == 0 ? FabricSize.none()
                : LeafSpine.size(new int[] {frontEnd}, design.frontEndOversubscription(), frontSwitch, optic, cable);
        return new Fabrics(backEnd, front);
    }

    /** Adds the server's back-end NIC ports to their rails (NIC position i is rail i); returns its front-end ports. */
    private static int addServerPorts(ServerModel server, Catalog catalog, TreeMap<Integer, Integer> portsPerRail) {
        int rail = 0;
        int dpuPorts = 0;
        for (NicFit fit : server.nics()) {
            Optional<NetworkDevice> nic = catalog.networkDevice(fit.networkId());
            if (nic.isEmpty()) {
                continue;
            }
            int ports = fit.count() * nic.get().ports();
            if (nic.get().kind() == NetworkKind.NIC) {
                for (int p = 0; p < ports; p++) {
                    portsPerRail.merge(rail++, 1, Integer::sum);
                }
            } else if (nic.get().kind() == NetworkKind.DPU) {
                dpuPorts += ports;
            }
        }
        return Math.max(1, dpuPorts);
    }

    private static NetworkDevice device(Catalog catalog, String id) {
        return catalog.networkDevice(id).orElseThrow(() -> new IllegalArgumentException("unknown network device '" + id + "'"));
    }

    /** A hall's two fabrics. */
    public record Fabrics(FabricSize backEnd, FabricSize frontEnd) {
        public double powerWatts() {
            return backEnd.powerWatts() + frontEnd.powerWatts();
        }

        public double priceUsd() {
            return backEnd.priceUsd() + frontEnd.priceUsd();
        }

        public int rackUnits() {
            return backEnd.rackUnits() + frontEnd.rackUnits();
        }
    }
}
