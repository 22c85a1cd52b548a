package dev.hallplan.samples;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.NetworkDevice;
import dev.hallplan.catalog.RackType;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.catalog.StorageSystem;
import dev.hallplan.engine.facility.EquipmentDraw;
import dev.hallplan.engine.facility.HeatLoad;
import dev.hallplan.engine.project.CatalogCount;
import dev.hallplan.engine.project.Climate;
import dev.hallplan.engine.project.FacilityType;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.PowerChain;
import dev.hallplan.engine.project.PowerFeeds;
import dev.hallplan.engine.project.Redundancy;
import dev.hallplan.engine.project.Region;
import dev.hallplan.engine.project.Row;
import dev.hallplan.engine.supply.EnergySupply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds halls row by row: each row is a run of identical racks, each rack filled bottom-up with
 * the same equipment. Rack units come from the catalog, so the layout is always physically valid.
 */
public final class HallBuilder {
    private final Catalog catalog;
    private final String id;
    private final String name;
    private FacilityType facilityType = FacilityType.HYPERSCALE;
    private Region region = new Region("US", "US");
    private Set<String> compliance = Set.of();
    private Climate climate = Climate.constant(15);
    private PowerChain powerChain = new PowerChain(List.of(), List.of(), Redundancy.N);
    private List<CatalogCount> coolingPlant = List.of();
    private EnergySupply supply;
    private final Map<String, Double> userRttSeconds = new LinkedHashMap<>();
    private final List<Row> rows = new ArrayList<>();

    private HallBuilder(Catalog catalog, String id, String name) {
        this.catalog = catalog;
        this.id = id;
        this.name = name;
    }

    public static HallBuilder hall(Catalog catalog, String id, String name) {
        return new HallBuilder(catalog, id, name);
    }

    public HallBuilder facilityType(FacilityType t) { this.facilityType = t; return this; }
    public HallBuilder region(String country, String zone) { this.region = new Region(country, zone); return this; }
    public HallBuilder compliance(String... regimes) { this.compliance = Set.of(regimes); return this; }
    public HallBuilder climate(Climate c) { this.climate = c; return this; }
    public HallBuilder powerChain(PowerChain p) { this.powerChain = p; return this; }
    public HallBuilder coolingPlant(CatalogCount... units) { this.coolingPlant = List.of(units); return this; }
    public HallBuilder supply(EnergySupply s) { this.supply = s; return this; }
    public HallBuilder rtt(String userRegion, double seconds) { this.userRttSeconds.put(userRegion, seconds); return this; }

    /** A row of {@code positions} rack positions holding {@code rackCount} identical racks from position 0. */
    public HallBuilder row(String rowId, int positions, int rackCount, String rackTypeId, List<CatalogCount> cooling,
                           Fill fill) {
        RackType rackType = catalog.rackType(rackTypeId)
                .orElseThrow(() -> new IllegalArgumentException("unknown rack type " + rackTypeId));
        List<PlacedRack> racks = new ArrayList<>();
        for (int p = 0; p < rackCount; p++) {
            String rackId = rowId + "-" + String.format("%02d", p + 1);
            racks.add(new PlacedRack(rackId, p, rackTypeId,
                    new PowerFeeds(Redundancy.TWO_N, rackType.powerLimitWatts(), null),
                    mount(rackId, rackType, fill)));
        }
        rows.add(new Row(rowId, positions, 0.6, cooling == null ? coolingFor(rackType, racks) : cooling, racks));
        return this;
    }

    /** {@link #row} with the row's cooling sized from its nameplate heat (see {@link #coolingFor}). */
    public HallBuilder row(String rowId, int positions, int rackCount, String rackTypeId, Fill fill) {
        return row(rowId, positions, rackCount, rackTypeId, null, fill);
    }

    /**
     * Row cooling sized for the racks' nameplate heat plus 15% margin: CRAHs (crah-150kw) for
     * air racks; row CDUs (cdu-row-1200kw) for rear-door racks; for direct-liquid racks CDUs for
     * the servers' liquid-captured share and CRAHs for the rest.
     */
    List<CatalogCount> coolingFor(RackType rackType, List<PlacedRack> racks) {
        HeatLoad nameplate = HeatLoad.NONE;
        for (PlacedRack r : racks) {
            for (MountedEquipment e : r.equipment()) {
                nameplate = nameplate.plus(HeatLoad.of(nameplateWatts(e.catalogId()), rackType.cooling(),
                        catalog.server(e.catalogId()).map(ServerModel::liquidHeatFraction).orElse(0.0)));
            }
        }
        double heat = nameplate.watts();
        double liquid = nameplate.liquidWatts();
        double margin = 1.15;
        List<CatalogCount> units = new ArrayList<>();
        switch (rackType.cooling()) {
            case AIR -> units.add(new CatalogCount("crah-150kw", units(heat * margin, 150e3)));
            case REAR_DOOR_HX, IMMERSION -> units.add(new CatalogCount("cdu-row-1200kw", units(heat * margin, 1.2e6)));
            case DIRECT_LIQUID -> {
                units.add(new CatalogCount("cdu-row-1200kw", units(liquid * margin, 1.2e6)));
                units.add(new CatalogCount("crah-150kw", units((heat - liquid) * margin, 150e3)));
            }
        }
        return units;
    }

    private static int units(double watts, double capacity) {
        return Math.max(1, (int) Math.ceil(watts / capacity));
    }

    private double nameplateWatts(String catalogId) {
        return catalog.server(catalogId).map(ServerModel::maxPowerWatts)
                .orElseGet(() -> EquipmentDraw.deviceWatts(catalog, catalogId).orElse(0));
    }

    /**
     * Nameplate IT power of everything placed so far, with the network fabric the hall will need,
     * for sizing the power chain: the engine's own figure ({@link EquipmentDraw#nameplateWatts}).
     */
    public double nameplateWatts() {
        return EquipmentDraw.nameplateWatts(rows, catalog);
    }

    /**
     * A power chain for the nameplate load so far: 2.5 MVA transformers and 1 MW UPS modules
     * (N+1 for both, as the facility model applies the chain redundancy to transformers too), each
     * sized for the load plus 10%, and the transformers for cooling overhead (35%) as well.
     */
    public HallBuilder autoPowerChain() {
        double it = nameplateWatts();
        int ups = units(it * 1.10, 1e6) + 1;
        int transformers = units(it * 1.10 * 1.35, 2.375e6) + 1;
        this.powerChain = new PowerChain(List.of(new CatalogCount("transformer-2500kva", transformers)),
                List.of(new CatalogCount("ups-1000kw", ups)), Redundancy.N_PLUS_1);
        return this;
    }

    private List<MountedEquipment> mount(String rackId, RackType rackType, Fill fill) {
        List<MountedEquipment> equipment = new ArrayList<>();
        int u = 1;
        for (Fill.Item item : fill.items()) {
            int height = rackUnits(item.catalogId());
            for (int i = 0; i < item.count(); i++) {
                if (u + Math.max(height, 1) - 1 > rackType.heightUnits()) {
                    throw new IllegalArgumentException(rackId + ": " + fill + " does not fit in " + rackType.heightUnits() + " U");
                }
                equipment.add(new MountedEquipment(rackId + "-u" + String.format("%02d", u), item.catalogId(), u));
                u += Math.max(height, 1);
            }
        }
        return equipment;
    }

    private int rackUnits(String catalogId) {
        return catalog.server(catalogId).map(ServerModel::rackUnits)
                .or(() -> catalog.networkDevice(catalogId).map(NetworkDevice::rackUnits))
                .or(() -> catalog.storageSystem(catalogId).map(StorageSystem::rackUnits))
                .orElseThrow(() -> new IllegalArgumentException("unknown rack equipment " + catalogId));
    }

    public Hall build() {
        if (supply == null) {
            throw new IllegalStateException("hall " + id + " needs an energy supply");
        }
        return new Hall(id, name, facilityType, region, compliance, climate, powerChain, coolingPlant, supply,
                userRttSeconds, rows);
    }

    /** What goes into each rack of a row, bottom-up: e.g. {@code Fill.of("nvidia-hgx-h100-8", 4)}. */
    public record Fill(List<Item> items) {
        public record Item(String catalogId, int count) {
        }

        public static Fill of(String catalogId, int count) {
            return new Fill(List.of(new Item(catalogId, count)));
        }

        public Fill and(String catalogId, int count) {
            List<Item> more = new ArrayList<>(items);
            more.add(new Item(catalogId, count));
            return new Fill(more);
        }
    }
}
