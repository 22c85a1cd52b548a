package dev.hallplan.app.designer;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CatalogSummary;
import dev.hallplan.catalog.RackType;
import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The rack elevation: the rack the user picked on the floor (the first selected rack), its
 * equipment as blocks at their U positions, its budget bars (from the facility model's figures for
 * it) and its bill-of-materials lines; and the commands to mount, move and remove equipment and to
 * change the rack type. A refused drop is kept with its U position so the view shows the reason there.
 */
public final class ElevationViewModel {
    private final DesignerViewModel floor;
    private final ReadOnlyObjectWrapper<Elevation> elevation = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Refusal> refusal = new ReadOnlyObjectWrapper<>();

    /** One mounted device as a block. {@code kind}: "server", "network" or "storage". */
    public record Block(String equipmentId, String catalogId, String name, String vendor, int uPosition, int units, int accelerators,
            String kind) {
        public int topUnit() {
            return uPosition + units - 1;
        }
    }

    /** A budget bar: {@code valueWatts}-like figure against its limit (NaN limit: no limit known). */
    public record Budget(String label, double value, double limit, String text) {
        public double share() {
            return limit > 0 ? value / limit : Double.NaN;
        }
    }

    /** One BOM line of the rack. */
    public record BomItem(String catalogId, String name, int count, double unitPriceUsd) {
        public double totalUsd() {
            return count * unitPriceUsd;
        }
    }

    /** What the elevation shows of one rack. */
    public record Elevation(String rackId, String rackTypeId, String rackTypeName, int heightUnits, List<Block> blocks,
            List<Budget> budgets, List<BomItem> bom) {
    }

    /** A refused drop: the reason and the U the user dropped on. */
    public record Refusal(int uPosition, String reason) {
    }

    ElevationViewModel(DesignerViewModel floor) {
        this.floor = floor;
        floor.snapshotProperty().addListener(o -> refresh());
        floor.selectedRacksProperty().addListener(o -> refresh());
    }

    /** The rack shown, or null when no rack is selected. */
    public ReadOnlyObjectProperty<Elevation> elevationProperty() { return elevation.getReadOnlyProperty(); }
    /** The last refused drop, null after a command went through. */
    public ReadOnlyObjectProperty<Refusal> refusalProperty() { return refusal.getReadOnlyProperty(); }

    /** Mounts catalog {@code catalogId} with its lowest U at {@code uPosition}. True when mounted. */
    public boolean mount(String catalogId, int uPosition) {
        Elevation e = elevation.get();
        return e != null && answer(uPosition, floor.run(() -> EquipmentEdits.mount(floor.scenario(), floor.hallId(),
                new EquipmentEdits.Mount(e.rackId(), catalogId, uPosition), floor.catalog())));
    }

    /** Moves mounted {@code equipmentId} so its lowest U is {@code uPosition}. True when moved. */
    public boolean move(String equipmentId, int uPosition) {
        Elevation e = elevation.get();
        return e != null && answer(uPosition, floor.run(() -> EquipmentEdits.move(floor.scenario(), floor.hallId(), e.rackId(),
                equipmentId, uPosition, floor.catalog())));
    }

    public boolean remove(String equipmentId) {
        Elevation e = elevation.get();
        return e != null && answer(0, floor.run(() -> EquipmentEdits.remove(floor.scenario(), floor.hallId(), e.rackId(), equipmentId)));
    }

    /** Changes the shown rack's type (e.g. air 40 kW to direct-liquid 100 kW). */
    public boolean changeType(String rackTypeId) {
        Elevation e = elevation.get();
        return e != null && answer(0, floor.run(() -> RackEdits.changeRackType(floor.scenario(), floor.hallId(), e.rackId(),
                rackTypeId, floor.catalog())));
    }

    private boolean answer(int uPosition, boolean done) {
        refusal.set(done ? null : new Refusal(uPosition, floor.messageProperty().get()));
        return done;
    }

    private void refresh() {
        FloorSnapshot s = floor.snapshotProperty().get();
        Hall hall = floor.document().hallProperty().get();
        String id = floor.selectedRacksProperty().get().stream().findFirst().orElse(null);
        RackFigures f = s == null || id == null ? null : s.rack(id).orElse(null);
        PlacedRack rack = f == null || hall == null ? null : hall.rack(id).orElse(null);
        if (rack == null) {
            elevation.set(null);
            return;
        }
        Catalog c = floor.catalog();
        List<Block> blocks = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put(rack.rackTypeId(), 1);
        double weightKg = 0;
        for (MountedEquipment m : rack.equipment()) {
            Object entry = c.entry(m.catalogId()).orElse(null);
            String kind = c.server(m.catalogId()).isPresent() ? "server" : c.storageSystem(m.catalogId()).isPresent() ? "storage" : "network";
            blocks.add(new Block(m.id(), m.catalogId(), entry == null ? m.catalogId() : CatalogSummary.name(entry),
                    entry == null ? "" : CatalogSummary.vendor(entry), m.uPosition(), c.rackUnits(m.catalogId()).orElse(1),
                    c.server(m.catalogId()).map(x -> x.acceleratorCount()).orElse(0), kind));
            counts.merge(m.catalogId(), 1, Integer::sum);
            weightKg += c.server(m.catalogId()).map(x -> x.weightKg()).orElse(0.0);
        }
        List<BomItem> bom = new ArrayList<>();
        counts.forEach((cid, n) -> bom.add(new BomItem(cid, c.entry(cid).map(CatalogSummary::name).orElse(cid), n, priceOf(c, cid))));
        RackType type = c.rackType(rack.rackTypeId()).orElse(null);
        elevation.set(new Elevation(rack.id(), rack.rackTypeId(), type == null ? rack.rackTypeId() : type.name(), f.heightUnits(),
                blocks, budgets(f, weightKg), bom));
    }

    private static List<Budget> budgets(RackFigures f, double weightKg) {
        List<Budget> list = new ArrayList<>();
        list.add(new Budget("Power (nameplate)", f.itWatts(), f.powerLimitWatts(),
                UnitFormat.watts(f.itWatts()) + " / " + UnitFormat.watts(f.powerLimitWatts()) + " limit"));
        if (!Double.isNaN(f.plannedPeakWatts())) {
            list.add(new Budget("Power (planned peak)", f.plannedPeakWatts(), f.powerLimitWatts(),
                    UnitFormat.watts(f.plannedPeakWatts()) + " / " + UnitFormat.watts(f.powerLimitWatts()) + " limit"));
        }
        list.add(new Budget("Heat vs cooling", f.itWatts(), f.heatLimitWatts(),
                UnitFormat.watts(f.itWatts()) + " / " + UnitFormat.watts(f.heatLimitWatts()) + " cooling"));
        list.add(new Budget("Rack units", f.usedUnits(), f.heightUnits(), f.usedUnits() + " / " + f.heightUnits() + " U"));
        list.add(new Budget("Weight (servers)", weightKg, Double.NaN,
                UnitFormat.number(weightKg) + " kg (the catalog gives no rack load rating)"));
        return list;
    }

    private static double priceOf(Catalog c, String id) {
        return c.server(id).map(x -> x.priceUsd())
                .or(() -> c.networkDevice(id).map(x -> x.priceUsd()))
                .or(() -> c.storageSystem(id).map(x -> x.priceUsd()))
                .or(() -> c.rackType(id).map(x -> x.priceUsd()))
                .orElse(0.0);
    }
}
