package dev.hallplan.engine.tco;

import dev.hallplan.engine.facility.EquipmentDraw;
import dev.hallplan.engine.facility.FabricDesign;
import dev.hallplan.engine.facility.FabricSizer;
import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CoolingUnit;
import dev.hallplan.catalog.NetworkDevice;
import dev.hallplan.catalog.PowerEquipment;
import dev.hallplan.catalog.RackType;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.catalog.StorageSystem;
import dev.hallplan.engine.project.CatalogCount;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.Row;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The hardware bill of materials of one or more halls at catalog prices: mounted servers,
 * switches and storage; racks; rack PDUs (one per feed); transformers and UPS modules; row and
 * plant cooling units; the battery. Also the critical IT load the facility capex is priced on:
 * the halls' nameplate IT ({@link EquipmentDraw#nameplateWatts}: servers at maximum power,
 * switches and storage, and the sized fabric).
 *
 * @param lines             one line per category and item, sorted by category then id
 * @param missingPriceIds   items counted at 0 because the catalog has no price or no such entry, sorted
 * @param criticalItWatts   nameplate IT power of the halls
 */
public record BillOfMaterials(List<CapexLine> lines, List<String> missingPriceIds, double criticalItWatts) {
    public BillOfMaterials {
        lines = List.copyOf(lines);
        missingPriceIds = List.copyOf(missingPriceIds);
    }

    public static BillOfMaterials of(List<Hall> halls, Catalog catalog) {
        Collector c = new Collector();
        for (Hall hall : halls) {
            c.criticalItWatts += EquipmentDraw.nameplateWatts(hall, catalog);
            for (PlacedRack rack : (Iterable<PlacedRack>) hall.racks()::iterator) {
                c.add(CostCategory.RACKS, rack.rackTypeId(), 1, catalog.rackType(rack.rackTypeId()).map(RackType::priceUsd));
                if (rack.feeds().pduId() != null) {
                    String pdu = rack.feeds().pduId();
                    c.add(CostCategory.RACK_PDUS, pdu, rack.feeds().feedCount(),
                            catalog.powerEquipment(pdu).map(PowerEquipment::priceUsd));
                }
                for (MountedEquipment e : rack.equipment()) {
                    c.addMounted(e.catalogId(), catalog);
                }
            }
            for (CatalogCount t : hall.powerChain().transformers()) {
                c.add(CostCategory.POWER_EQUIPMENT, t.catalogId(), t.count(), catalog.powerEquipment(t.catalogId()).map(PowerEquipment::priceUsd));
            }
            for (CatalogCount u : hall.powerChain().ups()) {
                c.add(CostCategory.POWER_EQUIPMENT, u.catalogId(), u.count(), catalog.powerEquipment(u.catalogId()).map(PowerEquipment::priceUsd));
            }
            List<CatalogCount> cooling = new ArrayList<>(hall.coolingPlant());
            for (Row row : hall.rows()) {
                cooling.addAll(row.cooling());
            }
            for (CatalogCount u : cooling) {
                c.add(CostCategory.COOLING, u.catalogId(), u.count(), catalog.coolingUnit(u.catalogId()).map(CoolingUnit::priceUsd));
            }
            addSizedFabric(c, hall, catalog);
            if (hall.supply().battery() != null && hall.supply().battery().energyCapacityJoules() > 0) {
                c.add(CostCategory.BATTERY, "battery:" + hall.id(), 1, Optional.of(hall.supply().battery().priceUsd()));
            }
        }
        return c.build();
    }

    /**
     * The hall's fabric beyond what is drawn ({@link FabricSizer#unplaced}: sized from the servers'
     * NICs when no switch is placed in its racks): switches, optics and cables priced as network
     * lines, so the BOM is complete without drawing every switch.
     */
    private static void addSizedFabric(Collector c, Hall hall, Catalog catalog) {
        FabricDesign d = FabricDesign.DEFAULT;
        FabricSizer.unplaced(hall, catalog).ifPresent(f -> {
            addNetwork(c, catalog, d.backEndSwitchId(), f.backEnd().switches());
            addNetwork(c, catalog, d.frontEndSwitchId(), f.frontEnd().switches());
            addNetwork(c, catalog, d.opticId(), f.backEnd().optics() + f.frontEnd().optics());
            addNetwork(c, catalog, d.cableId(), f.backEnd().cables() + f.frontEnd().cables());
        });
    }

    private static void addNetwork(Collector c, Catalog catalog, String id, long count) {
        if (count > 0) {
            c.add(CostCategory.NETWORK, id, count, catalog.networkDevice(id).map(NetworkDevice::priceUsd));
        }
    }

    /** Sum of all lines, USD. */
    public double totalUsd() {
        return lines.stream().mapToDouble(CapexLine::totalUsd).sum();
    }

    private static final class Collector {
        private final Map<String, CapexLine> lines = new LinkedHashMap<>();
        private final TreeSet<String> missing = new TreeSet<>();
        private double criticalItWatts;

        void addMounted(String id, Catalog catalog) {
            Optional<ServerModel> server = catalog.server(id);
            if (server.isPresent()) {
                add(CostCategory.SERVERS, id, 1, server.map(ServerModel::priceUsd));
                return;
            }
            Optional<NetworkDevice> net = catalog.networkDevice(id);
            if (net.isPresent()) {
                add(CostCategory.NETWORK, id, 1, net.map(NetworkDevice::priceUsd));
                return;
            }
            Optional<StorageSystem> storage = catalog.storageSystem(id);
            add(storage.isPresent() ? CostCategory.STORAGE : CostCategory.SERVERS, id, 1,
                    storage.map(StorageSystem::priceUsd));
        }

        /** {@code price} empty: no such catalog entry; 0: entry without a price. Both are flagged. */
        void add(CostCategory category, String id, long count, Optional<Double> price) {
            double unit = price.orElse(0.0);
            boolean priceMissing = unit <= 0;
            if (priceMissing && count > 0) {
                missing.add(id);
            }
            lines.merge(category + "|" + id, new CapexLine(category, id, count, unit, priceMissing),
                    (a, b) -> new CapexLine(category, id, a.count() + b.count(), unit, priceMissing));
        }

        BillOfMaterials build() {
            List<CapexLine> sorted = lines.values().stream()
                    .sorted(Comparator.comparing(CapexLine::category).thenComparing(CapexLine::itemId)).toList();
            return new BillOfMaterials(sorted, List.copyOf(missing), criticalItWatts);
        }
    }
}
