package dev.hallplan.engine.facility.bench;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.PowerEquipment.EfficiencyPoint;
import dev.hallplan.catalog.PowerEquipment.PowerKind;
import dev.hallplan.catalog.PowerEquipment;
import dev.hallplan.engine.facility.FacilityModel;
import dev.hallplan.engine.facility.HallState;
import dev.hallplan.engine.facility.ServerLoad;
import dev.hallplan.engine.project.CatalogCount;
import dev.hallplan.engine.project.Fixtures;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.PowerChain;
import dev.hallplan.engine.project.PowerFeeds;
import dev.hallplan.engine.project.Redundancy;
import dev.hallplan.engine.project.Row;
import dev.hallplan.engine.supply.EnergySupply;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The live-state call on a 2,000-rack hall (40 rows × 50 racks; air rows of 3 servers and a
 * switch per rack, direct-liquid rows of 9 servers, a switch and a storage node per rack).
 * Target: ≤ 5 ms per call (docs/facility-model.md has the measured figure and the command).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FacilityModelBenchmark {
    static final int ROWS = 40;
    static final int RACKS_PER_ROW = 50;
    static final String DLC_PDU = "pdu-rack-150kw";

    Catalog catalog;
    Hall hall;

    @Setup
    public void build() {
        catalog = Fixtures.catalog().toBuilder().add(new PowerEquipment(DLC_PDU, "Rack PDU 150 kW", PowerKind.PDU, 150_000,
                List.of(new EfficiencyPoint(0.25, 0.985), new EfficiencyPoint(1.0, 0.99)), 5_000, null)).build();
        List<Row> rows = new ArrayList<>(ROWS);
        for (int r = 0; r < ROWS; r++) {
            boolean liquid = r % 2 == 1;
            List<PlacedRack> racks = new ArrayList<>(RACKS_PER_ROW);
            for (int k = 0; k < RACKS_PER_ROW; k++) {
                String id = "R" + r + "-" + k;
                racks.add(liquid ? dlcRack(id, k) : airRack(id, k));
            }
            List<CatalogCount> cooling = liquid
                    ? List.of(new CatalogCount(Fixtures.CRAH, 9), new CatalogCount(Fixtures.CDU, 5))
                    : List.of(new CatalogCount(Fixtures.CRAH, 14));
            rows.add(new Row("R" + r, RACKS_PER_ROW, 0.6, cooling, racks));
        }
        Hall base = Fixtures.hall(rows);
        hall = new Hall(base.id(), base.name(), base.facilityType(), base.region(), base.compliance(), base.climate(),
                new PowerChain(List.of(new CatalogCount(Fixtures.TRANSFORMER, 180)), List.of(new CatalogCount(Fixtures.UPS, 400)),
                        Redundancy.TWO_N),
                List.of(new CatalogCount(Fixtures.CHILLER, 90)), supply(base.supply()), base.userRttSeconds(), rows);
    }

    /** 250 MW of grid for the hall's ~160 MW of IT load. */
    private static EnergySupply supply(EnergySupply base) {
        return new EnergySupply(250e6, 0, List.of(), null, base.gridCarbonGramsPerKwh(), base.tariff());
    }

    private static PlacedRack airRack(String id, int position) {
        List<MountedEquipment> eq = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            eq.add(new MountedEquipment(id + "-s" + s, Fixtures.AIR_SERVER, 1 + 8 * s));
        }
        eq.add(new MountedEquipment(id + "-sw", Fixtures.SWITCH, 40));
        return new PlacedRack(id, position, Fixtures.AIR_RACK, new PowerFeeds(Redundancy.TWO_N, 40_000, Fixtures.PDU), eq);
    }

    private static PlacedRack dlcRack(String id, int position) {
        List<MountedEquipment> eq = new ArrayList<>();
        for (int s = 0; s < 9; s++) {
            eq.add(new MountedEquipment(id + "-s" + s, Fixtures.DLC_SERVER, 1 + 4 * s));
        }
        eq.add(new MountedEquipment(id + "-sw", Fixtures.SWITCH, 40));
        eq.add(new MountedEquipment(id + "-st", Fixtures.STORAGE, 42));
        return new PlacedRack(id, position, Fixtures.DLC_RACK, new PowerFeeds(Redundancy.TWO_N, 140_000, DLC_PDU), eq);
    }

    /** A hall within its limits: no violation messages to format. */
    @Benchmark
    public HallState liveState() {
        return FacilityModel.liveState(hall, catalog, ServerLoad.NAMEPLATE);
    }

    /** Every air rack 1 kW over its 40 kW limits: 1,000 racks × 3 violation messages. */
    @Benchmark
    public HallState liveStateWithViolations() {
        return FacilityModel.liveState(hall, catalog, OVERLOAD);
    }

    private static final ServerLoad OVERLOAD = (eq, server) -> server.id().equals(Fixtures.AIR_SERVER) ? 13_334 : server.maxPowerWatts();
}
